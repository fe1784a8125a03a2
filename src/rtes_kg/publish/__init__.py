"""Publish: a checked build → the files of a release (dumps, catalogue, VoID, provenance,
changes) and the upload of a release to a Graph Store.

Takes the checked corpus (``check.corpus.Build``); gives bytes, named by file. Writing them to
disk, atomically, is ``build``'s job.
"""
