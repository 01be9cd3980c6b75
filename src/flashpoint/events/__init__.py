"""flashpoint.events"""
