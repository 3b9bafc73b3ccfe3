"""threadparse inside corpus engines: a datatrove pipeline step (`datatrove`) and Ray
Data callables (`ray`). Each module imports its engine's extra when it is imported."""
