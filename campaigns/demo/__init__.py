"""The campaigns' demo content, run by movement.demo (see its step order).

campaigns.load(demo) needs home's blog, people and contact page; `translations`
says which pages are translated.
"""

STEPS = {40: "campaigns.demo.campaigns"}
