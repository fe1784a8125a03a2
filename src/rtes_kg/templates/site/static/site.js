// rtes-kg site: the member filter (on the prebuilt index membres.json) and the copy buttons.
// Works without a server; the filter can start from the URL: index.html?q=dijon&type=Métropole
(function () {
  "use strict";

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function setUpFilter() {
    var list = document.getElementById("liste-membres");
    var form = document.getElementById("filtre");
    if (!list || !form) { return; }
    var name = form.elements.q, kind = form.elements.type, region = form.elements.region;
    var count = document.getElementById("compte-membres");
    var items = {};
    Array.prototype.forEach.call(list.querySelectorAll("li[data-href]"), function (item) {
      items[item.getAttribute("data-href")] = item;
    });
    var params = new URLSearchParams(window.location.search);
    name.value = params.get("q") || "";
    kind.value = params.get("type") || "";
    region.value = params.get("region") || "";

    function apply(index) {
      var wanted = normalise(name.value), shown = 0;
      index.forEach(function (member) {
        var item = items[member.href];
        if (!item) { return; }
        var visible = (!wanted || normalise(member.nom).indexOf(wanted) !== -1) &&
          (!kind.value || member.type === kind.value) &&
          (!region.value || member.region === region.value);
        item.hidden = !visible;
        if (visible) { shown += 1; }
      });
      count.textContent = shown + (shown > 1 ? " membres" : " membre");
      document.body.setAttribute("data-filtre", "pret");
    }

    fetch(list.getAttribute("data-index"))
      .then(function (response) {
        if (!response.ok) { throw new Error("index " + response.status); }
        return response.json();
      })
      .then(function (index) {
        form.addEventListener("input", function () { apply(index); });
        form.addEventListener("submit", function (event) { event.preventDefault(); apply(index); });
        apply(index);
      })
      .catch(function () { count.textContent += " (filtre indisponible)"; });
  }

  function setUpCopy() {
    Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
      button.addEventListener("click", function () {
        var text = document.getElementById(button.getAttribute("data-target")).textContent;
        if (navigator.clipboard) {
          navigator.clipboard.writeText(text).then(function () { button.textContent = "Copiée"; });
        }
      });
    });
  }

  setUpFilter();
  setUpCopy();
}());
