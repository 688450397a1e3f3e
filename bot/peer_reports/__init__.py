"""Peers raising concern: /report in a group, "I'm worried about someone" in private, and
hostile replies aimed at a member with an open flag, each a flag for the group's facilitators."""
