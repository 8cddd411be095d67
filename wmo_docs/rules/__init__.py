"""The rule engine: the catalogue in ``checks/rules``, its kinds and the few rule functions."""
