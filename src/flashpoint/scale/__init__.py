"""flashpoint.scale"""
