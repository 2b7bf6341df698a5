"""The side panel's tabs: Quotes (:mod:`app.panels.quotes`), Sources
(:mod:`app.panels.sources`) and Clips (:mod:`app.panels.clips`)."""
