// The validation page, better with JavaScript: a chosen file is shown in the text area (and can be
// edited there before it is sent), Ctrl+Entrée sends the form, and a remark's line is scrolled to.
// The page works without it: the form is a plain POST.
(function () {
  "use strict";
  var form = document.getElementById("formulaire");
  if (!form) { return; }
  var file = document.getElementById("fichier");
  var text = document.getElementById("texte");
  var name = null;

  file.addEventListener("change", function () {
    var chosen = file.files && file.files[0];
    if (!chosen || chosen.size > 512 * 1024 || !chosen.text) { return; }
    chosen.text().then(function (content) {
      text.value = content;
      name = chosen.name;
    });
  });

  form.addEventListener("submit", function () {
    // The text shown (perhaps edited) is what is checked: send it under the file's name.
    if (name !== null && text.value) {
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = "nom";
      hidden.value = name;
      form.appendChild(hidden);
      file.value = "";
    }
  });

  text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { form.requestSubmit(); }
  });

  var report = document.getElementById("rapport");
  if (report && !window.location.hash) {
    report.scrollIntoView();
  }
}());
