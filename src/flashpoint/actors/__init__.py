"""flashpoint.actors"""
