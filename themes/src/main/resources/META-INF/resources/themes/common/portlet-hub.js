/*
 * Park Portal's Portlet Hub: the JSR-362 (Portlet 3.0) client API, global "portlet".
 *
 *   portlet.register(namespace) -> Promise of a PortletInit with getRenderState, setRenderState, action,
 *   startPartialAction, createResourceUrl, addEventListener ("portlet.onStateChange", "portlet.onError",
 *   client events), removeEventListener, dispatchClientEvent, isInProgress, newParameters, newState.
 *
 * The page state comes from the portal (<script id="pp-page-state">, see HubPageState); URLs follow the
 * portal's format (docs/portal-driver.md). Actions go to the portal with p_hub=1 and answer the new page
 * state as JSON. A change that reaches a portlet not registered with the hub reloads the page, since only the
 * portal can render that portlet again.
 */
(function () {
  'use strict';

  var ON_STATE_CHANGE = 'portlet.onStateChange';
  var ON_ERROR = 'portlet.onError';
  var source = document.getElementById('pp-page-state');
  var page = source ? JSON.parse(source.textContent) : { portlets: {} };
  var registered = {};
  var listeners = [];
  var nextHandle = 1;
  var busy = false;

  function copyParameters(parameters) {
    var copy = {};
    Object.keys(parameters || {}).forEach(function (name) {
      var values = parameters[name];
      copy[name] = values === null ? null : values.slice(0);
    });
    return copy;
  }

  /** A portlet's render state: parameters (name to array of strings), portlet mode and window state. */
  function RenderState(state) {
    state = state || {};
    this.parameters = copyParameters(state.parameters);
    this.portletMode = state.portletMode || 'view';
    this.windowState = state.windowState || 'normal';
  }
  RenderState.prototype.clone = function () { return new RenderState(this); };
  RenderState.prototype.setValue = function (name, value) {
    this.parameters[name] = Array.isArray(value) ? value.slice(0) : [value];
  };
  RenderState.prototype.setValues = function (name, values) { this.setValue(name, values); };
  RenderState.prototype.getValue = function (name, fallback) {
    var values = this.parameters[name];
    return values && values.length ? values[0] : (fallback === undefined ? null : fallback);
  };
  RenderState.prototype.getValues = function (name, fallback) {
    var values = this.parameters[name];
    return values ? values.slice(0) : (fallback === undefined ? null : fallback);
  };
  RenderState.prototype.remove = function (name) { delete this.parameters[name]; };
  RenderState.prototype.getPortletMode = function () { return this.portletMode; };
  RenderState.prototype.setPortletMode = function (mode) { this.portletMode = String(mode).toLowerCase(); };
  RenderState.prototype.getWindowState = function () { return this.windowState; };
  RenderState.prototype.setWindowState = function (state) { this.windowState = String(state).toLowerCase(); };

  function sameState(a, b) {
    return JSON.stringify(new RenderState(a)) === JSON.stringify(new RenderState(b));
  }

  // ---- URLs, in the portal's format (PortalUrlCodec) ----

  function pair(name, value) {
    return encodeURIComponent(name) + '=' + encodeURIComponent(value === null ? '' : value);
  }

  function pairs(prefix, parameters) {
    var out = [];
    Object.keys(parameters || {}).forEach(function (name) {
      (parameters[name] || ['']).forEach(function (value) { out.push(pair(prefix + name, value)); });
    });
    return out;
  }

  /** The query of the page's render state: every window's mode, window state and parameters. */
  function stateQuery() {
    var out = [];
    var shared = {};
    Object.keys(page.portlets).forEach(function (pid) {
      var p = page.portlets[pid];
      var w = p.window;
      var state = p.state;
      if (state.portletMode !== 'view') { out.push(pair('m.' + w, state.portletMode)); }
      if (state.windowState !== 'normal') { out.push(pair('s.' + w, state.windowState)); }
      Object.keys(state.parameters).forEach(function (name) {
        var qname = p.pubParms[name];
        if (qname) {
          shared[qname] = state.parameters[name];
        } else {
          (state.parameters[name] || ['']).forEach(function (v) { out.push(pair('r.' + w + '.' + name, v)); });
        }
      });
    });
    Object.keys(shared).forEach(function (qname) {
      (shared[qname] || ['']).forEach(function (v) { out.push(pair('pr.' + qname, v)); });
    });
    return out;
  }

  function url(lifecycle, pid, parameters, extra) {
    var query = stateQuery();
    if (lifecycle) {
      query.push(pair('p_l', lifecycle), pair('p_t', page.portlets[pid].window));
    }
    query = query.concat(pairs('a.', parameters), extra || []);
    return page.base + (query.length ? '?' + query.join('&') : '');
  }

  // ---- listeners ----

  function fire(pid, type, args) {
    listeners.filter(function (l) {
      return l.pid === pid && l.type === type;
    }).forEach(function (l) {
      Promise.resolve().then(function () { l.fn.apply(null, args); });
    });
  }

  function stateChanged(pid, renderData) {
    fire(pid, ON_STATE_CHANGE, [ON_STATE_CHANGE, new RenderState(page.portlets[pid].state), renderData || null]);
  }

  function failed(pid, error) {
    fire(pid, ON_ERROR, [ON_ERROR, error]);
  }

  function reloadAt(location) {
    window.location.assign(location);
  }

  /**
   * Takes the page state the portal answered: every changed or event-receiving portlet is told; one that is
   * not registered with the hub makes the page reload at the new URL.
   */
  function apply(answer, initiator) {
    if (answer.redirect) {
      reloadAt(answer.redirect);
      return;
    }
    var next = answer.pageState;
    var affected = {};
    (answer.affected || []).forEach(function (window) { affected[window] = true; });
    var changed = Object.keys(next.portlets).filter(function (pid) {
      var before = page.portlets[pid];
      return pid === initiator || !before || affected[next.portlets[pid].window]
        || !sameState(before.state, next.portlets[pid].state);
    });
    page.portlets = next.portlets;
    page.url = next.url;
    if (changed.some(function (pid) { return !registered[pid]; })) {
      reloadAt(page.url);
      return;
    }
    window.history.pushState(null, '', page.url);
    changed.forEach(function (pid) { stateChanged(pid, (answer.renderData || {})[pid]); });
  }

  function post(target, body) {
    return fetch(target, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: 'application/json' },
      body: body
    }).then(function (response) {
      if (!response.ok) { throw new Error('The portal answered ' + response.status); }
      return response.json();
    });
  }

  function formBody(parameters, element) {
    var body = new URLSearchParams();
    if (element && element.elements) {
      new FormData(element).forEach(function (value, name) {
        if (typeof value === 'string') { body.append(name, value); }
      });
    }
    Object.keys(parameters || {}).forEach(function (name) {
      (parameters[name] || ['']).forEach(function (v) { body.append(name, v === null ? '' : v); });
    });
    return body.toString();
  }

  function blocked() {
    return Promise.reject(new Error('AccessDeniedException: the Portlet Hub is busy with another action'));
  }

  // ---- the API a registered portlet gets ----

  function PortletInit(pid) {
    var p = page.portlets[pid];
    this.portletModes = p.allowedPM.slice(0);
    this.windowStates = p.allowedWS.slice(0);

    this.getRenderState = function () { return new RenderState(page.portlets[pid].state); };

    this.setRenderState = function (state) {
      if (busy) { throw new Error('AccessDeniedException: the Portlet Hub is busy'); }
      var next = new RenderState(state);
      var changed = [pid];
      Object.keys(p.pubParms).forEach(function (name) {
        var qname = p.pubParms[name];
        Object.keys(page.portlets).forEach(function (other) {
          var o = page.portlets[other];
          Object.keys(o.pubParms).forEach(function (otherName) {
            if (other !== pid && o.pubParms[otherName] === qname) {
              if (next.parameters[name] === undefined) { delete o.state.parameters[otherName]; }
              else { o.state.parameters[otherName] = next.parameters[name].slice(0); }
              if (changed.indexOf(other) < 0) { changed.push(other); }
            }
          });
        });
      });
      page.portlets[pid].state = next;
      if (changed.some(function (c) { return !registered[c]; })) {
        reloadAt(url());
        return;
      }
      page.url = url();
      window.history.pushState(null, '', page.url);
      changed.forEach(function (c) { stateChanged(c, null); });
    };

    this.createResourceUrl = function (parameters, cacheability, resourceId) {
      var extra = [];
      if (resourceId) { extra.push(pair('p_rid', resourceId)); }
      if (cacheability) { extra.push(pair('p_rc', String(cacheability).toLowerCase())); }
      return Promise.resolve(url('resource', pid, parameters, extra));
    };

    this.action = function (a, b) {
      var parameters = a && !a.nodeType ? a : (b && !b.nodeType ? b : null);
      var element = a && a.nodeType ? a : (b && b.nodeType ? b : null);
      if (busy) { return blocked(); }
      busy = true;
      return post(url('action', pid, null, [pair('_csrf', page.token), pair('p_hub', '1')]),
          formBody(parameters, element))
        .then(function (answer) { apply(answer, pid); })
        .catch(function (error) { failed(pid, error); throw error; })
        .finally(function () { busy = false; });
    };

    this.startPartialAction = function (parameters) {
      if (busy) { return blocked(); }
      busy = true;
      return Promise.resolve({
        url: url('partial', pid, parameters, [pair('_csrf', page.token)]),
        setPageState: function (text) {
          try {
            apply(JSON.parse(text), pid);
          } catch (error) {
            failed(pid, error);
          } finally {
            busy = false;
          }
        }
      });
    };

    this.addEventListener = function (type, fn) {
      if (typeof fn !== 'function') { throw new TypeError('A listener must be a function'); }
      var handle = 'pp-hub-' + (nextHandle++);
      listeners.push({ pid: pid, type: type, fn: fn, handle: handle });
      if (type === ON_STATE_CHANGE) { stateChanged(pid, null); }
      return handle;
    };

    this.removeEventListener = function (handle) {
      listeners = listeners.filter(function (l) { return l.handle !== handle || l.pid !== pid; });
    };

    this.dispatchClientEvent = function (type, payload) {
      if (String(type).indexOf('portlet.') === 0) { throw new Error('Client events must not use the portlet. prefix'); }
      var targets = listeners.filter(function (l) {
        return l.type.indexOf('portlet.') !== 0 && new RegExp('^' + l.type + '$').test(type);
      });
      targets.forEach(function (l) { Promise.resolve().then(function () { l.fn(type, payload); }); });
      return targets.length;
    };

    this.isInProgress = function () { return busy; };
    this.newParameters = function (parameters) { return copyParameters(parameters); };
    this.newState = function (state) { return new RenderState(state || page.portlets[pid].state); };
  }

  window.portlet = {
    register: function (pid) {
      if (!page.portlets[pid]) {
        return Promise.reject(new Error('No portlet with the namespace ' + pid + ' on this page'));
      }
      registered[pid] = true;
      return Promise.resolve(new PortletInit(pid));
    }
  };

  // Back and forward through states the hub pushed: the portal renders the page for that URL.
  window.addEventListener('popstate', function () { reloadAt(window.location.href); });
}());
