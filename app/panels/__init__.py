"""The side panel's tabs: Quotes (:mod:`quotemark.app.panels.quotes`), Sources
(:mod:`quotemark.app.panels.sources`) and Clips (:mod:`quotemark.app.panels.clips`)."""
