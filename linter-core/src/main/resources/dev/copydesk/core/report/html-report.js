(function () {
  'use strict';
  var severityOrder = ['error', 'warning', 'info'];
  var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.hl'));
  var severityOf = {};
  items.forEach(function (li) { severityOf[li.dataset.f] = li.dataset.severity; });

  function checkedValues(name) {
    var values = {};
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) { values[box.value] = true; }
    });
    return values;
  }

  // Shows the findings the filters let through, and colours each highlight by the most serious of them.
  function applyFilters() {
    var severities = checkedValues('severity');
    var rules = checkedValues('rule');
    var shown = {};
    items.forEach(function (li) {
      var show = severities[li.dataset.severity] === true && rules[li.dataset.rule] === true;
      li.classList.toggle('filtered', !show);
      shown[li.dataset.f] = show;
    });
    marks.forEach(function (mark) {
      var active = mark.dataset.f.split(' ').filter(function (id) { return shown[id]; });
      severityOrder.forEach(function (s) { mark.classList.remove('sev-' + s); });
      mark.classList.toggle('off', active.length === 0);
      var worst = severityOrder.find(function (s) {
        return active.some(function (id) { return severityOf[id] === s; });
      });
      if (worst) { mark.classList.add('sev-' + worst); }
    });
  }

  function marksOf(id) {
    return marks.filter(function (mark) { return mark.dataset.f.split(' ').indexOf(id) >= 0; });
  }

  function clearFocus() {
    document.querySelectorAll('.focus').forEach(function (el) { el.classList.remove('focus'); });
  }

  // Brings a finding's words into view and outlines them.
  function showInText(id) {
    var found = marksOf(id);
    if (found.length === 0) { return; }
    clearFocus();
    found.forEach(function (mark) { mark.classList.add('focus'); });
    found[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    var item = document.getElementById('f' + id);
    if (item) { item.classList.add('focus'); }
  }

  // Brings a highlight's finding into view in the list.
  function showInList(mark) {
    var ids = mark.dataset.f.split(' ');
    var item = ids.map(function (id) { return document.getElementById('f' + id); })
      .find(function (li) { return li && !li.classList.contains('filtered'); });
    if (!item) { return; }
    clearFocus();
    item.classList.add('focus');
    marksOf(item.dataset.f).forEach(function (m) { m.classList.add('focus'); });
    item.scrollIntoView({ block: 'nearest' });
  }

  document.querySelectorAll('.filters input').forEach(function (box) {
    box.addEventListener('change', applyFilters);
  });
  document.querySelectorAll('a.jump').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var id = link.closest('li.finding').dataset.f;
      showInText(id);
      if (history.replaceState) { history.replaceState(null, '', '#m' + id); }
    });
  });
  marks.forEach(function (mark) {
    mark.addEventListener('click', function () { showInList(mark); });
  });
  applyFilters();
})();
