// The language switcher lands on the same page in the other language; headings have the
// same ids in every language, so it can land on the same section too: carry #section
// over to the link before it is followed, copied or opened in a new tab.
(() => {
  const carry = (event) => {
    const link = event.target.closest && event.target.closest(".md-select__link[hreflang]");
    if (link) link.href = link.href.split("#")[0] + location.hash;
  };
  for (const type of ["pointerdown", "focusin", "mouseover", "click"]) {
    document.addEventListener(type, carry, true);
  }
})();
