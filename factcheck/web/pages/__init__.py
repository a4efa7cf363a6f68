"""The desk's pages, one module each: routes and the data their templates get."""
