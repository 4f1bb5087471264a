// Material 9.8 puts each code block's copy button in an unnamed <nav class="md-code__nav">,
// created at runtime: several unnamed navigation landmarks per page (axe: landmark-unique).
// Name each one after its block's title (the snippet's file name) or its position.
(() => {
  const label = () => document.querySelectorAll(".md-code__nav:not([aria-label])").forEach((nav) => {
    const block = nav.closest(".highlight") || nav.parentElement;
    const title = block && block.querySelector(".filename");
    const all = [...document.querySelectorAll(".md-code__nav")];
    nav.setAttribute("aria-label", (title ? title.textContent : "code") + " #" + (all.indexOf(nav) + 1));
  });
  new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
  label();
})();
