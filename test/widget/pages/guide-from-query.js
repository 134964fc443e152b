// Puts one <kiut-guide> into #slot, with an attribute for each query parameter:
// guide.html?layout=compact&language-switcher → <kiut-guide layout="compact" language-switcher>.
// An external classic script, so the same page works under a strict CSP.
(function () {
  'use strict';
  var guide = document.createElement('kiut-guide');
  new URLSearchParams(location.search).forEach(function (value, name) {
    guide.setAttribute(name, value);
  });
  document.getElementById('slot').appendChild(guide);
})();
