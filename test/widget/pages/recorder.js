// Loaded first, as an external classic script (so it also runs under a strict CSP), by every
// test page here. It records everything that could leave a trace or reach the network, into
// window.__kiutLog, for the tests in test/widget/safety/ to read from the parent page.
(function () {
  'use strict';
  var log = {
    network: [], // {api, url}, and for fetch its credentials, referrerPolicy and integrity
    resources: [], // URLs from resource timing (PerformanceObserver)
    storage: [], // {api, detail}
    history: [], // {api, url}
    violations: [], // securitypolicyviolation events
    errors: [], // console.error calls, uncaught errors, unhandled rejections
    warnings: [], // console.warn calls, from the first moment (the guide warns while rendering)
  };
  window.__kiutLog = log;

  function note(list, entry) {
    list.push(entry);
  }
  function str(value) {
    try {
      return String(value && value.url ? value.url : value);
    } catch {
      return '(unprintable)';
    }
  }

  // --- Network ---------------------------------------------------------------------------
  var realFetch = window.fetch;
  window.fetch = function (input, init) {
    note(log.network, {
      api: 'fetch',
      url: str(input),
      credentials: init && init.credentials,
      referrerPolicy: init && init.referrerPolicy,
      integrity: init && init.integrity,
    });
    return realFetch.call(this, input, init);
  };
  var realOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    note(log.network, {api: 'XMLHttpRequest', url: str(url)});
    return realOpen.apply(this, arguments);
  };
  if (navigator.sendBeacon) {
    var realBeacon = navigator.sendBeacon;
    navigator.sendBeacon = function (url, data) {
      note(log.network, {api: 'sendBeacon', url: str(url)});
      return realBeacon.call(navigator, url, data);
    };
  }
  function wrapConstructor(name) {
    var Real = window[name];
    if (!Real) return;
    var Wrapped = function (url, options) {
      note(log.network, {api: name, url: str(url)});
      return arguments.length > 1 ? new Real(url, options) : new Real(url);
    };
    Wrapped.prototype = Real.prototype;
    window[name] = Wrapped;
  }
  wrapConstructor('WebSocket');
  wrapConstructor('EventSource');
  wrapConstructor('Worker');
  wrapConstructor('SharedWorker');
  function wrapUrlProperty(proto, property, api) {
    var descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (!descriptor || !descriptor.set) return;
    Object.defineProperty(proto, property, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get: descriptor.get,
      set: function (value) {
        note(log.network, {api: api, url: str(value)});
        descriptor.set.call(this, value);
      },
    });
  }
  wrapUrlProperty(HTMLImageElement.prototype, 'src', 'img.src');
  wrapUrlProperty(HTMLImageElement.prototype, 'srcset', 'img.srcset');
  wrapUrlProperty(HTMLScriptElement.prototype, 'src', 'script.src');
  wrapUrlProperty(HTMLLinkElement.prototype, 'href', 'link.href');
  wrapUrlProperty(HTMLIFrameElement.prototype, 'src', 'iframe.src');
  if (window.PerformanceObserver) {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        note(log.resources, entry.name);
      });
    }).observe({type: 'resource', buffered: true});
  }
  var realPrefetch = navigator.serviceWorker && navigator.serviceWorker.register;
  if (realPrefetch) {
    navigator.serviceWorker.register = function (url) {
      note(log.network, {api: 'serviceWorker.register', url: str(url)});
      return realPrefetch.apply(navigator.serviceWorker, arguments);
    };
  }

  // --- Storage ---------------------------------------------------------------------------
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get: function () {
      note(log.storage, {api: 'document.cookie get'});
      return cookie.get.call(this);
    },
    set: function (value) {
      note(log.storage, {api: 'document.cookie set', detail: str(value)});
      cookie.set.call(this, value);
    },
  });
  ['getItem', 'setItem', 'removeItem', 'clear', 'key'].forEach(function (method) {
    var real = Storage.prototype[method];
    Storage.prototype[method] = function () {
      note(log.storage, {api: 'Storage.' + method, detail: Array.prototype.slice.call(arguments, 0, 1).join()});
      return real.apply(this, arguments);
    };
  });
  var lengthDescriptor = Object.getOwnPropertyDescriptor(Storage.prototype, 'length');
  Object.defineProperty(Storage.prototype, 'length', {
    configurable: true,
    get: function () {
      note(log.storage, {api: 'Storage.length'});
      return lengthDescriptor.get.call(this);
    },
  });
  function wrapGetter(target, property, api) {
    var descriptor = Object.getOwnPropertyDescriptor(target, property);
    if (!descriptor || !descriptor.get) return;
    Object.defineProperty(target, property, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get: function () {
        note(log.storage, {api: api});
        return descriptor.get.call(this);
      },
    });
  }
  wrapGetter(window, 'localStorage', 'localStorage');
  wrapGetter(window, 'sessionStorage', 'sessionStorage');
  wrapGetter(window, 'indexedDB', 'indexedDB');
  wrapGetter(window, 'caches', 'caches');
  wrapGetter(Navigator.prototype, 'storage', 'navigator.storage');
  if (window.IDBFactory) {
    var realIdbOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name) {
      note(log.storage, {api: 'indexedDB.open', detail: str(name)});
      return realIdbOpen.apply(this, arguments);
    };
  }
  if (window.CacheStorage) {
    var realCacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name) {
      note(log.storage, {api: 'caches.open', detail: str(name)});
      return realCacheOpen.apply(this, arguments);
    };
  }
  var nameDescriptor = Object.getOwnPropertyDescriptor(window, 'name');
  if (nameDescriptor && nameDescriptor.set) {
    Object.defineProperty(window, 'name', {
      configurable: true,
      get: nameDescriptor.get,
      set: function (value) {
        note(log.storage, {api: 'window.name set', detail: str(value)});
        nameDescriptor.set.call(this, value);
      },
    });
  }

  // --- History: pushState/replaceState leave the reader's choices in the address ---------------
  ['pushState', 'replaceState'].forEach(function (method) {
    var real = History.prototype[method];
    History.prototype[method] = function (state, unused, url) {
      note(log.history, {api: 'history.' + method, url: str(url)});
      return real.apply(this, arguments);
    };
  });

  // --- CSP and errors --------------------------------------------------------------------
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      note(log.violations, {directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample});
    },
    true,
  );
  var realWarn = console.warn;
  console.warn = function () {
    note(log.warnings, Array.prototype.map.call(arguments, str).join(' '));
    return realWarn.apply(console, arguments);
  };
  var realError = console.error;
  console.error = function () {
    note(log.errors, Array.prototype.map.call(arguments, str).join(' '));
    return realError.apply(console, arguments);
  };
  window.addEventListener(
    'error',
    function (event) {
      note(log.errors, 'uncaught: ' + (event.message || str(event.target && (event.target.src || event.target.href))));
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    note(log.errors, 'unhandled rejection: ' + str(event.reason));
  });
})();
