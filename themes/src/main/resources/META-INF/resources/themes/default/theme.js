/*
 * Park Portal - theme behaviour (shared by the default and mobile themes).
 * Loaded in <head> without defer: it only marks <html> as JS-enabled and registers delegated listeners.
 *  - .pp-nav-toggle          opens/closes the collapsible menu (narrow screens, mobile theme)
 *  - .pp-nav-expand          opens/closes a sub-menu (desktop drop-downs)
 *  - select[data-pp-autosubmit]  submits its form on change (the Apply button is the no-JS fallback)
 *  - Escape closes open menus; a click outside closes open drop-downs.
 * No libraries, no network requests.
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
})();
