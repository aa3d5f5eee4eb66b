(function () {
  "use strict";
  // Filters the visits table rendered once by the page: rows are hidden, never rebuilt.
  var form = document.getElementById("filters");
  var table = document.getElementById("visits-table");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var lists = rows.map(function (r) {
    return { leaders: JSON.parse(r.dataset.leaders || "[]"), topics: JSON.parse(r.dataset.topics || "[]") };
  });
  var circles = Array.prototype.slice.call(document.querySelectorAll("svg.map circle.city"));
  var shown = document.getElementById("shown");

  function matches(i, f) {
    var d = rows[i].dataset, l = lists[i];
    return (!f.leader || l.leaders.indexOf(f.leader) >= 0) &&
      (!f.country || d.country === f.country) &&
      (!f.year || d.year === f.year) &&
      (!f.topic || l.topics.indexOf(f.topic) >= 0) &&
      f.words.every(function (w) { return texts[i].indexOf(w) >= 0; });
  }

  function apply() {
    var f = {
      leader: form.elements.leader.value, country: form.elements.country.value,
      year: form.elements.year.value, topic: form.elements.topic.value,
      words: form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean)
    };
    var withReferenced = document.getElementById("show-referenced").checked;
    var n = 0, places = {};
    rows.forEach(function (r, i) {
      var ok = matches(i, f);
      r.hidden = !ok;
      if (ok && (withReferenced || r.dataset.status === "reported")) {
        n += 1;
        if (r.dataset.place) { places[r.dataset.place] = true; }
      }
    });
    shown.textContent = String(n);
    // SVG elements have no `hidden` property: set the attribute the CSS hides on
    circles.forEach(function (c) { c.toggleAttribute("hidden", !places[c.dataset.place]); });
  }

  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  form.addEventListener("input", later);
  form.addEventListener("change", apply);
  document.getElementById("show-referenced").addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[data-leader]") : null;
    if (a) { form.elements.leader.value = a.dataset.leader; apply(); }
  });

  function openTarget() {
    var el = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (el && el.tagName === "DETAILS") { el.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  apply();
}());
