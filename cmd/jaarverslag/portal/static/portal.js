// The portal works without this file: it only adds a progress message to
// forms that take a moment, and lets a workbook be dropped on the upload form.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Say what is happening while the browser waits for the answer.
  var messages = {
    'bouw-status': 'Het verslag wordt gemaakt. Dit duurt meestal een paar seconden…',
    'upload-status': 'Het bestand wordt geüpload en gecontroleerd…'
  };
  document.querySelectorAll('form[data-progress]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var id = form.getAttribute('data-progress');
      var out = document.getElementById(id);
      if (out) {
        out.textContent = messages[id] || 'Bezig…';
      }
      var button = form.querySelector('button[type=submit]');
      if (button) {
        // After this event: a disabled button would not submit.
        setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  });

  // A workbook dropped on the upload form goes into its file input.
  document.querySelectorAll('form[data-drop]').forEach(function (form) {
    var input = form.querySelector('input[type=file]');
    var status = form.querySelector('[data-drop-status]');
    if (!input) {
      return;
    }
    ['dragenter', 'dragover'].forEach(function (type) {
      form.addEventListener(type, function (e) {
        e.preventDefault();
        form.classList.add('drop');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      form.addEventListener(type, function () {
        form.classList.remove('drop');
      });
    });
    form.addEventListener('drop', function (e) {
      e.preventDefault();
      if (!e.dataTransfer || e.dataTransfer.files.length === 0) {
        return;
      }
      input.files = e.dataTransfer.files;
      if (status) {
        status.textContent = 'Gekozen: ' + Array.prototype.map.call(input.files, function (f) { return f.name; }).join(', ');
      }
    });
  });
})();
