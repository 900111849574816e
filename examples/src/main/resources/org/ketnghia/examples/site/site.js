/* ketnghia summary site: sorts a table when a header is clicked and filters its rows as one types.
   Plain JavaScript, no library, no network: the site opens from disk. */
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function keyOf(cell) {
    var plain = cell ? cell.getAttribute('data-sort') : null;
    if (plain !== null && plain !== '' && !isNaN(parseFloat(plain))) {
      return { number: parseFloat(plain) };
    }
    return { text: cell ? cell.textContent.trim() : '' };
  }

  function compare(a, b) {
    if (a.number !== undefined && b.number !== undefined) {
      return a.number - b.number;
    }
    if (a.number !== undefined) {
      return -1;
    }
    if (b.number !== undefined) {
      return 1;
    }
    return a.text.localeCompare(b.text, 'vi');
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      header.setAttribute('tabindex', '0');
      header.setAttribute('title', 'Bấm để sắp xếp');
      header.classList.add('sortable');
      function sort() {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (first, second) {
          var order = compare(keyOf(first.cells[column]), keyOf(second.cells[column]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener('click', sort);
      header.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sort();
        }
      });
    });
  }

  function makeFilterable(table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'filter';
    var input = document.createElement('input');
    input.type = 'search';
    input.placeholder = 'Lọc bảng (gõ tên, mã…)';
    input.setAttribute('aria-label', 'Lọc các dòng của bảng');
    var shown = document.createElement('span');
    shown.className = 'shown';
    box.appendChild(input);
    box.appendChild(shown);
    table.parentNode.insertBefore(box, table);
    function filter() {
      var wanted = fold(input.value.trim());
      var count = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var keep = wanted === '' || fold(row.textContent).indexOf(wanted) >= 0;
        row.hidden = !keep;
        count += keep ? 1 : 0;
      });
      shown.textContent = count + ' / ' + body.rows.length + ' dòng';
    }
    input.addEventListener('input', filter);
    filter();
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-filterable]'), makeFilterable);
  });
}());
