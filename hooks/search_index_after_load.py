"""The search index downloads after the page has loaded, not while it loads.

Material fetches `search/search_index.json` as soon as its script runs: the search worker
waits for it only on a site opened from file:, and the search.highlight feature subscribes
to it on every page load, whether or not the URL has terms to highlight
(squidfunk/mkdocs-material#471 and #5391 discuss when to load it). The index is the
largest download of a page (about 160 KB compressed for a Chinese page, more than the
page and the theme together), so on a slow connection it competes with the page, and
Lighthouse counted it against the largest paint in about one run in three.

This hook patches the bundle that the build copies into the site: the index is fetched
once the page has fired `load` and the browser is idle, or as soon as the reader opens
the search, whichever comes first. The build fails if Material's bundle changes shape.
"""

from __future__ import annotations

from theme_script_patch import patch_built_scripts

BUNDLE = "assets/javascripts/bundle.*.min.js"
EAGER = 'document.forms.namedItem("search")?ks():tt'
# A promise of the index: Material's consumers take any ObservableInput. `ks` is the
# bundle's own loader (search_index.json, or search_index.js under file:).
AFTER_LOAD = ('document.forms.namedItem("search")?new Promise((y,n)=>{let s=!1,go=()=>{s||(s=!0,ks().subscribe({next:y,error:n}))},'
              'w=()=>window.requestIdleCallback?requestIdleCallback(go,{timeout:2000}):setTimeout(go);'
              'document.querySelector(\'[data-md-toggle="search"]\').addEventListener("change",go,{once:!0});'
              'document.readyState==="complete"?w():addEventListener("load",w,{once:!0})}):tt')


def on_post_build(config):
    patch_built_scripts(config, BUNDLE, EAGER, AFTER_LOAD, "hooks/search_index_after_load.py")
