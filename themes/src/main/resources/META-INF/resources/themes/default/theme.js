/*
 * Park Portal - theme behaviour (shared by the default and mobile themes).
 * Loaded in <head> without defer: it only marks <html> as JS-enabled and registers delegated listeners.
 *  - .pp-nav-toggle          opens/closes the collapsible menu (narrow screens, mobile theme)
 *  - .pp-nav-expand          opens/closes a sub-menu (desktop drop-downs)
 *  - select[data-pp-autosubmit]  submits its form on change (the Apply button is the no-JS fallback)
 *  - Escape closes open menus; a click outside closes open drop-downs.
 *  - form[data-pp-suggest]   offers titles in the search box's datalist while the visitor types
 * No libraries; the only requests are the search box's, to the portal's own suggestions URL.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('pp-js');

  function closest(el, selector) {
    while (el && el.nodeType === 1) {
      if (el.matches(selector)) { return el; }
      el = el.parentElement;
    }
    return null;
  }

  function setSubmenu(item, open) {
    var button = item.querySelector('.pp-nav-expand');
    item.classList.toggle('pp-open', open);
    if (button) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); }
  }

  function closeSubmenus(except) {
    var open = document.querySelectorAll('.pp-nav-item.pp-open');
    for (var i = 0; i < open.length; i++) {
      if (open[i] !== except) { setSubmenu(open[i], false); }
    }
  }

  function setMenu(toggle, open) {
    var header = closest(toggle, '.pp-header') || document.body;
    header.classList.toggle('pp-nav-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  document.addEventListener('click', function (event) {
    var toggle = closest(event.target, '.pp-nav-toggle');
    if (toggle) {
      setMenu(toggle, toggle.getAttribute('aria-expanded') !== 'true');
      return;
    }
    var expand = closest(event.target, '.pp-nav-expand');
    if (expand) {
      var item = closest(expand, '.pp-nav-item');
      var open = !item.classList.contains('pp-open');
      closeSubmenus(item);
      setSubmenu(item, open);
      return;
    }
    if (!closest(event.target, '.pp-nav-sub')) {
      closeSubmenus(null);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') { return; }
    var item = closest(document.activeElement, '.pp-nav-item.pp-open');
    if (item) {
      setSubmenu(item, false);
      var button = item.querySelector('.pp-nav-expand');
      if (button) { button.focus(); }
      return;
    }
    var toggle = document.querySelector('.pp-nav-toggle[aria-expanded="true"]');
    if (toggle) {
      setMenu(toggle, false);
      toggle.focus();
    }
  });

  /* Close a drop-down once keyboard focus has left it. */
  document.addEventListener('focusin', function (event) {
    var open = document.querySelectorAll('.pp-nav-item.pp-open');
    for (var i = 0; i < open.length; i++) {
      if (!open[i].contains(event.target)) { setSubmenu(open[i], false); }
    }
  });

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select || !select.matches || !select.matches('select[data-pp-autosubmit]') || !select.form) { return; }
    if (typeof select.form.requestSubmit === 'function') {
      select.form.requestSubmit();
    } else {
      select.form.submit();
    }
  });

  /*
   * Drag and drop of windows while the customise panel is open. Pointer events (mouse, pen and touch alike):
   * the window follows the handle, a marker shows where it lands, and on release the portal is told the new
   * column and index (POST /portal/personal with the page's token), then the page reloads in its new arrangement.
   * The arrow buttons in each window's bar do the same without a pointer.
   */
  var customising = function () {
    var panel = document.getElementById('pp-customise');
    if (!panel) { return; }
    var drag = null;
    var marker = document.createElement('div');
    marker.className = 'pp-drop-marker';

    var dropPlace = function (x, y) {
      var columns = document.querySelectorAll('[data-pp-column]');
      for (var i = 0; i < columns.length; i++) {
        var box = columns[i].getBoundingClientRect();
        if (x >= box.left && x <= box.right) {
          var windows = columns[i].querySelectorAll('.pp-window:not(.pp-dragging)');
          var index = 0;
          for (var j = 0; j < windows.length; j++) {
            var w = windows[j].getBoundingClientRect();
            if (y > w.top + w.height / 2) { index = j + 1; }
          }
          return { column: columns[i], index: index, windows: windows };
        }
      }
      return null;
    };

    document.addEventListener('pointerdown', function (event) {
      var handle = event.target.closest ? event.target.closest('[data-pp-drag]') : null;
      if (!handle || !panel.open) { return; }
      event.preventDefault();
      drag = { id: handle.getAttribute('data-pp-drag'), window: handle.closest('.pp-window'), place: null };
      drag.window.classList.add('pp-dragging');
    });

    document.addEventListener('pointermove', function (event) {
      if (!drag) { return; }
      var place = dropPlace(event.clientX, event.clientY);
      drag.place = place;
      if (!place) { return; }
      var before = place.windows[place.index] || null;
      place.column.insertBefore(marker, before);
    });

    document.addEventListener('pointerup', function () {
      if (!drag) { return; }
      var done = drag;
      drag = null;
      done.window.classList.remove('pp-dragging');
      if (marker.parentNode) { marker.parentNode.removeChild(marker); }
      if (!done.place) { return; }
      var body = new URLSearchParams();
      body.set('op', 'move');
      body.set('page', panel.getAttribute('data-pp-page'));
      body.set('window', done.id);
      body.set('column', done.place.column.getAttribute('data-pp-column'));
      body.set('index', String(done.place.index));
      body.set('_csrf', panel.getAttribute('data-pp-token'));
      fetch(panel.getAttribute('data-pp-personal'), {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'X-Requested-With': 'fetch' }
      }).then(function (response) {
        if (response.ok) {
          sessionStorage.setItem('pp-customise-open', '1');
          location.reload();
        } else {
          response.text().then(function (text) { window.alert(text); });
        }
      });
    });

    /* Keep the panel open across the reload that follows a change. */
    if (sessionStorage.getItem('pp-customise-open')) {
      sessionStorage.removeItem('pp-customise-open');
      panel.open = true;
    }
    panel.addEventListener('submit', function () { sessionStorage.setItem('pp-customise-open', '1'); });
    document.addEventListener('submit', function (event) {
      if (event.target.classList && event.target.classList.contains('pp-window-arrange')) {
        sessionStorage.setItem('pp-customise-open', '1');
      }
    });
  };
  /* This script runs in the head, before the panel exists. */
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', customising);
  } else {
    customising();
  }

  /* Search suggestions: after a short pause in typing, fetch titles the visitor may see and offer them. Each title
     goes in as an option's value (text, never markup). */
  var suggestTimer = null;
  var suggestAbort = null;
  document.addEventListener('input', function (event) {
    var input = event.target;
    var form = input && input.classList && input.classList.contains('pp-search-input') ? closest(input, 'form[data-pp-suggest]') : null;
    if (!form || !window.fetch) { return; }
    var list = document.getElementById(input.getAttribute('list'));
    var words = input.value.trim();
    clearTimeout(suggestTimer);
    if (!list) { return; }
    if (words.length < 2 && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(words)) {
      list.textContent = '';
      return;
    }
    suggestTimer = setTimeout(function () {
      if (suggestAbort) { suggestAbort.abort(); }
      suggestAbort = window.AbortController ? new AbortController() : null;
      fetch(form.getAttribute('data-pp-suggest') + '?q=' + encodeURIComponent(words),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}, signal: suggestAbort ? suggestAbort.signal : undefined})
        .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
        .then(function (answer) {
          list.textContent = '';
          (answer.suggestions || []).forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.title;
            list.appendChild(option);
          });
        })
        .catch(function () { /* a superseded or failed request: keep typing as usual */ });
    }, 200);
  });
})();
