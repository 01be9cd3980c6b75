"""flashpoint.geo"""
