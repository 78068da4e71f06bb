"""Scoring predictions against gold: matching, scorers, the evaluate command and its report."""
