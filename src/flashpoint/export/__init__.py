"""flashpoint.export"""
