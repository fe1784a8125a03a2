"""The OpenAPI 3.1 description of the validation API (/api/openapi.json), from the limits and the
format registry, so that it cannot drift from what the server does."""

from __future__ import annotations

from typing import Any

from rtes_kg import formats
from rtes_kg.check.report import SCHEMA, SEVERITIES
from rtes_kg.serve.validation import SYNTAXES, ValidationLimits

RESULT_KEYS = ("severity", "type", "focus", "path", "value", "value_label", "message_fr", "message_en",
               "field_fr", "field_en", "file", "line", "fiche", "shape", "component", "suggestion")


def openapi(origin: str, limits: ValidationLimits, version: str) -> dict[str, Any]:
    raw = {"text/plain": {"schema": {"type": "string"}, "example": "Commune de Démonstration\n\n"
                          "Type de collectivité\nCommune\n"}}
    raw.update({syntax.media_type: {"schema": {"type": "string"}} for syntax in formats.RDF})
    raw["multipart/form-data"] = {"schema": {"type": "object", "required": ["fichier"], "properties": {
        "fichier": {"type": "string", "format": "binary",
                    "description": "the file; its name's suffix says its syntax (.txt: a fiche, .ttl…)"},
        "syntaxe": {"type": "string", "enum": list(SYNTAXES)}}}}
    report = {"$ref": "#/components/schemas/Report"}
    error = {"$ref": "#/components/schemas/Error"}

    def answer(description: str, schema: dict) -> dict:
        return {"description": description, "content": {"application/json": {"schema": schema}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "rtes-kg validation API", "version": version,
                 "description": "Validates an RTES member fiche (text) or an RDF contribution as "
                                "`rtes-kg validate` does, and returns its report. Nothing is stored.",
                 "license": {"name": "MIT", "identifier": "MIT"}},
        "servers": [{"url": origin}],
        "paths": {"/api/validate": {"post": {
            "summary": "Validate a fiche or an RDF file",
            "description": (f"At most {limits.max_bytes} bytes; stopped after {limits.timeout:g} s; "
                            f"{limits.per_minute} submissions a minute per client address. The status says "
                            "what the exit code of `rtes-kg validate` says: 200 conforms (0), 422 does not "
                            "conform (1), 400 the file cannot be read (2); the header RTES-Exit-Code "
                            "gives the code."),
            "operationId": "validate",
            "parameters": [
                {"name": "syntaxe", "in": "query", "schema": {"type": "string", "enum": list(SYNTAXES)},
                 "description": "the syntax, when neither the Content-Type nor the file name says it"},
                {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["fr", "en"]}},
                {"name": "fail-on", "in": "query", "schema": {"type": "string", "enum": list(SEVERITIES),
                                                               "default": "violation"},
                 "description": "the least severe result that makes the answer 422 (as --fail-on)"},
                {"name": "nom", "in": "query", "schema": {"type": "string"},
                 "description": "the file name shown in the report (default: fiche.txt)"}],
            "requestBody": {"required": True, "content": raw},
            "responses": {
                "200": answer("conforms: nothing reaches fail-on", report),
                "422": answer("does not conform: the report says where and how to fix it", report),
                "400": answer("the file cannot be read (not UTF-8, binary, broken RDF syntax)", report),
                "413": answer(f"more than {limits.max_bytes} bytes", error),
                "415": answer("a Content-Type that is neither a fiche nor an RDF syntax", error),
                "429": answer("too many submissions from this address; see Retry-After", error),
                "503": answer("busy, or the check ran past the time limit", error)}}}},
        "components": {"schemas": {
            "Report": {"type": "object", "description": f"schema {SCHEMA} (docs/validation.md)",
                       "required": ["schema", "conforms", "counts", "fiches", "results", "summary"],
                       "properties": {
                           "schema": {"const": SCHEMA}, "conforms": {"type": "boolean"},
                           "counts": {"type": "object", "properties": {s: {"type": "integer"} for s in SEVERITIES}},
                           "fiches": {"type": "array", "items": {"type": "string"}},
                           "results": {"type": "array", "items": {"type": "object", "properties": {
                               key: {"type": ["integer", "null"]} if key == "line" else {"type": ["string", "null"]}
                               for key in RESULT_KEYS}}},
                           "summary": {"type": "array", "items": {"type": "object"}}}},
            "Error": {"type": "object", "required": ["error", "status"],
                      "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}}}},
    }
