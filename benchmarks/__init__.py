"""Measurements of the course as a learner runs it (`make bench`); not part of `helpers`."""
