// Small touches on top of pages that work without JavaScript.
(function () {
  'use strict';

  // The error summary takes the focus when a form comes back with errors, so a screen reader hears it first.
  function focusSummary() {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  }

  // The live sum of the inventors' contribution shares (the server checks it again).
  function shareTotals(root) {
    root.querySelectorAll('[data-share-total]').forEach(function (total) {
      var form = total.closest('form');
      function update() {
        var sum = 0;
        form.querySelectorAll('[data-share]').forEach(function (input) {
          var value = parseFloat((input.value || '').replace(',', '.'));
          if (!isNaN(value)) {
            sum += value;
          }
        });
        sum = Math.round(sum * 10000) / 10000;
        total.querySelector('[data-share-sum]').textContent = new Intl.NumberFormat(document.documentElement.lang).format(sum);
        total.setAttribute('data-ok', String(sum === 100));
      }
      form.addEventListener('input', function (event) {
        if (event.target.hasAttribute('data-share')) {
          update();
        }
      });
      update();
    });
  }

  // Selects marked data-autosubmit submit their form when changed (the filters of the case list).
  function autosubmit(root) {
    root.querySelectorAll('[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () {
        var form = select.form;
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      });
    });
  }

  // A form marked data-once cannot be sent twice by a double click (the server refuses a repeat anyway).
  function once(root) {
    root.querySelectorAll('form[data-once]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (form.getAttribute('data-sent') === 'true') {
          event.preventDefault();
          return;
        }
        form.setAttribute('data-sent', 'true');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusSummary();
    shareTotals(document);
    autosubmit(document);
    once(document);
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    shareTotals(event.target);
    autosubmit(event.target);
    once(event.target);
  });
}());
