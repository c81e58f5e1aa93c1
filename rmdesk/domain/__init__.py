"""Dataclasses and enums shared by every layer; imports nothing else of ours."""
