// The SPARQL editor of `serve`: YASGUI (vendored, static/vendor/) on the release's own endpoint.
// The examples open in tabs; IRIs of the release link to their pages on this server; the CSV/JSON
// links and the shareable link follow the open tab. Without JavaScript the plain form below works.
(function () {
  "use strict";
  var root = document.getElementById("editeur");
  if (!root || !window.Yasgui) { return; }
  var endpoint = new URL(root.getAttribute("data-endpoint"), window.location.href).href;
  var base = root.getAttribute("data-base");
  var plain = document.getElementById("requete-simple");
  var downloads = document.getElementById("telechargements");
  var params = new URLSearchParams(window.location.search);
  var startQuery = params.get("query") || (document.getElementById("query") || {}).value || "";

  // YASGUI's column resizer adds <style> elements to <head>, which the page's Content-Security-Policy
  // (no inline style) refuses. Their rules become constructed style sheets instead (CSSOM, which the
  // policy leaves alone); a comment stands in the head for each, so that the resizer, which takes
  // the head's last child away after a drag, removes the stand-in and its sheet with it.
  (function constructedStyles(head) {
    if (!head || !("adoptedStyleSheets" in document)) { return; }
    var append = head.appendChild, remove = head.removeChild;
    head.appendChild = function (node) {
      if (!node || node.nodeName !== "STYLE") { return append.call(head, node); }
      var text = node.textContent;
      var present = Array.prototype.some.call(head.childNodes, function (child) { return child.styleText === text; });
      if (!present) {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
        var mark = document.createComment(" style ");
        mark.styleText = text;
        mark.styleSheet = sheet;
        append.call(head, mark);
      }
      return node;
    };
    head.removeChild = function (node) {
      if (node && node.styleSheet) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (s) { return s !== node.styleSheet; });
      }
      return remove.call(head, node);
    };
  })(document.head);

  function fetchPrefixes() {
    return fetch(root.getAttribute("data-prefixes")).then(function (r) { return r.json(); });
  }

  fetchPrefixes().then(function (prefixes) {
    window.Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
    var yasgui = new window.Yasgui(root, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      populateFromUrl: false,
      persistenceId: null,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { prefixCcApi: root.getAttribute("data-prefixes"), autocompleters: ["prefixes", "variables"],
               value: startQuery || "SELECT * WHERE {\n  ?s ?p ?o\n} LIMIT 10" },
      yasr: { prefixes: prefixes, defaultPlugin: "table", pluginOrder: ["table", "response"] }
    });
    root.hidden = false;
    downloads.hidden = false;
    plain.hidden = true;

    function accessible() {
      // YASGUI's markup, made to pass axe-core: names for its fields, a tab list holding tabs only
      // (its "+" button is no tab: the list is plain links then), a focusable scrolling editor.
      var list = root.querySelector(".tabsList");
      if (list && list.getAttribute("role")) {
        list.removeAttribute("role");
      }
      Array.prototype.forEach.call(root.querySelectorAll(".tabsList [role=tab], .tabsList [aria-selected]"), function (a) {
        a.removeAttribute("role");
        a.removeAttribute("aria-selected");
      });
      Array.prototype.forEach.call(root.querySelectorAll("[role=tabpanel]"), function (panel) {
        panel.removeAttribute("role");
      });
      name(".autocompleteWrapper input", "Point d’accès SPARQL");
      name(".CodeMirror textarea", "Requête SPARQL");
      name("select.tableSizer, .dataTables_length select, .dt-length select", "Résultats par page");
      name(".tableFilter, .dataTables_filter input, .dt-search input", "Filtrer les résultats");
      Array.prototype.forEach.call(root.querySelectorAll(".CodeMirror-scroll"), function (el) {
        if (el.getAttribute("tabindex") !== "0") { el.setAttribute("tabindex", "0"); }
      });
    }

    function name(selector, label) {
      Array.prototype.forEach.call(root.querySelectorAll(selector), function (el) {
        if (!el.getAttribute("aria-label")) { el.setAttribute("aria-label", label); }
      });
    }

    new MutationObserver(function () { accessible(); }).observe(root, { childList: true, subtree: true });
    accessible();

    function localise(container) {
      // IRIs of the release are pages of this server: /org/x instead of https://w3id.org/rtes/org/x.
      // A path that opens with "/" or "\\" ({base}/evil.example/x) stays the IRI: "//evil.example/x"
      // would be a link to another host.
      Array.prototype.forEach.call(container.querySelectorAll("a[href^='" + base + "']"), function (a) {
        var path = a.getAttribute("href").slice(base.length);
        if (/^[\/\\]/.test(path)) { return; }
        a.setAttribute("href", "/" + path);
        a.removeAttribute("target");
      });
    }

    function follow(tab) {
      var query = tab.getQuery();
      var encoded = "query=" + encodeURIComponent(query);
      document.getElementById("csv").href = "/sparql?" + encoded + "&format=csv";
      document.getElementById("json").href = "/sparql?" + encoded + "&format=json";
      document.getElementById("partage").href = "/sparql/ui?" + encoded;
    }

    function watch(tab) {
      if (tab.__rtes) { return; }
      tab.__rtes = true;
      var yasr = tab.getYasr && tab.getYasr();
      if (yasr) {
        yasr.on("drawn", function () { localise(yasr.rootEl); root.setAttribute("data-drawn", "oui"); });
      }
      var yasqe = tab.getYasqe && tab.getYasqe();
      if (yasqe) { yasqe.on("change", function () { follow(tab); }); }
      follow(tab);
    }

    yasgui.on("tabSelect", function (instance, id) { setTimeout(function () { watch(yasgui.getTab(id)); }, 0); });
    yasgui.on("tabAdd", function (instance, id) { setTimeout(function () { watch(yasgui.getTab(id)); }, 0); });
    yasgui.on("queryResponse", function (instance, tab) { watch(tab); setTimeout(function () { localise(root); }, 0); });
    watch(yasgui.getTab());

    Array.prototype.forEach.call(document.querySelectorAll("#bibliotheque a.example"), function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var tab = yasgui.addTab(true, { name: link.textContent, yasqe: { value: link.getAttribute("data-query") } });
        watch(tab);
        tab.getYasqe().setValue(link.getAttribute("data-query"));
        tab.query();
      });
    });
    if (params.get("query")) { yasgui.getTab().query(); }
    document.body.setAttribute("data-editeur", "pret");
  }).catch(function (error) {
    root.hidden = true;
    plain.hidden = false;
    console.warn("éditeur indisponible, formulaire simple", error);
  });
}());
