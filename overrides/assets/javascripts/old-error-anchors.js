// The error catalogue used to be one page with an entry per error; each error now has
// its own page. An old link such as errors/#backward-twice still lands on the catalogue,
// where that id is the entry's link (hooks keep no redirect map: the page is the map).
// Follow it, so the reader arrives on the error's page, at the section the link named.
(() => {
  const id = decodeURIComponent(location.hash.slice(1));
  const link = id && document.getElementById(id);
  if (link && link.matches("a.error-link")) location.replace(link.href);
})();
