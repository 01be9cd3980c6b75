"""flashpoint.store"""
