"""Search highlighting skips stop-words and tokens too short to mean anything.

Material's search.highlight puts every matched term of a search into the result's link
(`?h=a to saved`), and the page it opens marks each of them everywhere, inside words and
code included: a search for "backward through the graph a second time" turned every "a"
and "to" yellow. This hook patches the built bundle in two places to ask
`assets/javascripts/highlight-terms.js` which terms to keep: where a result's link is
made, and where a landed page reads `?h=` (a link from elsewhere may carry any terms).
The build fails if Material's bundle changes shape (hooks/theme_script_patch.py).
"""

from __future__ import annotations

from theme_script_patch import patch_built_scripts

BUNDLE = "assets/javascripts/bundle.*.min.js"
RESULT_LINK = 'Object.entries(e.terms).filter(([,c])=>c).reduce('
RESULT_LINK_KEPT = ('Object.entries(e.terms).filter(([p,c])=>c&&(!window.mdHighlightable'
                    '||window.mdHighlightable(p))).reduce(')
LANDED = 'xi(o.config)(n.searchParams.get("h"))'
LANDED_KEPT = 'xi(o.config)((window.mdHighlightTerms||(h=>h))(n.searchParams.get("h")))'


def on_post_build(config):
    hook = "hooks/search_highlight_terms.py"
    patch_built_scripts(config, BUNDLE, RESULT_LINK, RESULT_LINK_KEPT, hook)
    patch_built_scripts(config, BUNDLE, LANDED, LANDED_KEPT, hook)
