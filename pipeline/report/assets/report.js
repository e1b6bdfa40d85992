// news-tables report: searchable, sortable lists drawn from the JSON block of index.html.
// Plain DOM, no library, nothing fetched. Document pages have no lists and skip all this.
(function () {
  "use strict";
  var FIRST = 25; // rows drawn at first
  var PAGE = 100; // rows each "show more" adds

  var source = document.getElementById("list-data");
  if (!source) return;
  var lists = JSON.parse(source.textContent);

  function formatNumber(value) {
    if (isEmpty(value)) return "";
    return Number(value).toLocaleString("en-US", { maximumFractionDigits: 6 });
  }

  function isEmpty(value) {
    return value === null || value === undefined || value === "";
  }

  function compare(a, b, numeric) {
    if (numeric) return a - b;
    return String(a).localeCompare(String(b), "en", { sensitivity: "base", numeric: true });
  }

  function build(holder, spec) {
    var columns = spec.columns;
    var rows = spec.rows;
    var shown = columns.map(function (c, i) { return [c, i]; })
      .filter(function (pair) { return pair[0].kind !== "url"; });
    var textColumns = shown.filter(function (pair) { return pair[0].kind !== "number"; })
      .map(function (pair) { return pair[1]; });
    var state = { query: "", sortBy: -1, descending: false, limit: FIRST, matches: rows };

    var tools = document.createElement("div");
    tools.className = "tools";
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "Search " + rows.length.toLocaleString("en-US") + " rows";
    search.setAttribute("aria-label", "search");
    var status = document.createElement("span");
    status.className = "hint";
    tools.appendChild(search);
    tools.appendChild(status);

    var table = document.createElement("table");
    table.className = "grid";
    var head = table.createTHead().insertRow();
    shown.forEach(function (pair) {
      var th = document.createElement("th");
      th.textContent = pair[0].label;
      th.tabIndex = 0;
      th.addEventListener("click", function () { sort(pair[1], th); });
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(pair[1], th); });
      head.appendChild(th);
    });
    var body = table.createTBody();
    var more = document.createElement("button");
    more.type = "button";
    more.addEventListener("click", function () { state.limit += PAGE; draw(); });

    function sort(index, th) {
      state.descending = state.sortBy === index ? !state.descending : columns[index].kind === "number";
      state.sortBy = index;
      Array.prototype.forEach.call(head.children, function (cell) { cell.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
      filter();
    }

    function filter() {
      var q = state.query.toLowerCase();
      var found = !q ? rows.slice() : rows.filter(function (row) {
        return textColumns.some(function (i) { return String(row[i] || "").toLowerCase().indexOf(q) !== -1; });
      });
      if (state.sortBy >= 0) {
        var i = state.sortBy, numeric = columns[i].kind === "number", sign = state.descending ? -1 : 1;
        found.sort(function (a, b) { // empty cells last either way; ties keep list order
          var emptyA = isEmpty(a[i]), emptyB = isEmpty(b[i]);
          if (emptyA || emptyB) return emptyA === emptyB ? 0 : (emptyA ? 1 : -1);
          return sign * compare(a[i], b[i], numeric);
        });
      }
      state.matches = found;
      state.limit = FIRST;
      draw();
    }

    function cell(tr, column, row, i) {
      var td = tr.insertCell();
      var value = row[i];
      if (column.kind === "number") {
        td.className = "num";
        td.textContent = formatNumber(value);
      } else if (column.kind.indexOf("link:") === 0) {
        var href = row[Number(column.kind.slice(5))];
        if (href) {
          var a = document.createElement("a");
          a.href = href;
          a.textContent = value;
          td.appendChild(a);
        } else {
          td.textContent = value;
        }
      } else {
        td.textContent = isEmpty(value) ? "" : value;
      }
    }

    function draw() {
      var fragment = document.createDocumentFragment();
      state.matches.slice(0, state.limit).forEach(function (row) {
        var tr = document.createElement("tr");
        shown.forEach(function (pair) { cell(tr, pair[0], row, pair[1]); });
        fragment.appendChild(tr);
      });
      body.replaceChildren(fragment);
      var total = state.matches.length;
      status.textContent = (total === rows.length ? "" : total.toLocaleString("en-US") + " of ") +
        rows.length.toLocaleString("en-US") + " rows";
      var left = total - Math.min(total, state.limit);
      more.hidden = left <= 0;
      more.textContent = "Show " + Math.min(left, PAGE) + " more (" + left.toLocaleString("en-US") + " not shown)";
    }

    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.query = search.value.trim(); filter(); }, 120);
    });

    if (!rows.length) {
      var none = document.createElement("p");
      none.className = "empty";
      none.textContent = "None.";
      holder.appendChild(none);
      return;
    }
    holder.appendChild(tools);
    holder.appendChild(table);
    holder.appendChild(more);
    draw();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-list]"), function (holder) {
    var spec = lists[holder.getAttribute("data-list")];
    if (spec) build(holder, spec);
  });
})();
