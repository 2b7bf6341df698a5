"""Files Quotemark ships: the sample post, the icon, the reader style."""
