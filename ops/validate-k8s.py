#!/usr/bin/env python3
"""Offline checks of deploy/k8s (no cluster needed): YAML syntax, kinds, and that the pieces agree with each other.

    python3 ops/validate-k8s.py        # needs PyYAML; exits 1 on the first list of problems

Not a substitute for `kubectl apply --dry-run=server` against a real API server (not done here).
"""
import glob
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "deploy", "k8s")
problems = []
docs = {}
for path in sorted(glob.glob(os.path.join(DIR, "*.yaml"))):
    name = os.path.basename(path)
    try:
        loaded = [d for d in yaml.safe_load_all(open(path, encoding="utf-8")) if d is not None]
    except yaml.YAMLError as e:
        problems.append(f"{name}: not YAML: {e}")
        continue
    for d in loaded:
        if not isinstance(d, dict) or "apiVersion" not in d or "kind" not in d:
            problems.append(f"{name}: a document without apiVersion/kind")
            continue
        docs.setdefault(d["kind"], []).append((name, d))


def one(kind):
    found = docs.get(kind, [])
    if len(found) != 1:
        problems.append(f"expected one {kind}, found {len(found)}")
        return {}
    return found[0][1]


config = one("ConfigMap")
secret = one("Secret")
deployment = one("Deployment")
service = one("Service")
kustomization = one("Kustomization")

for key, value in (config.get("data") or {}).items():
    if not isinstance(value, str):
        problems.append(f"ConfigMap {key}: value must be a string, is {type(value).__name__}")

spec = deployment.get("spec", {})
labels = spec.get("template", {}).get("metadata", {}).get("labels", {})
if spec.get("selector", {}).get("matchLabels", {}).items() - labels.items():
    problems.append("Deployment selector does not match the pod labels")
if service.get("spec", {}).get("selector", {}).items() - labels.items():
    problems.append("Service selector does not match the pod labels")
pod = spec.get("template", {}).get("spec", {})
containers = pod.get("containers", [])
if len(containers) != 1:
    problems.append("expected one container")
c = containers[0] if containers else {}
ports = {p.get("name"): p.get("containerPort") for p in c.get("ports", [])}
for s in service.get("spec", {}).get("ports", []):
    if s.get("targetPort") not in ports and s.get("targetPort") not in ports.values():
        problems.append(f"Service targetPort {s.get('targetPort')} is no container port")
names = [e["name"] for e in c.get("env", [])]
if len(names) != len(set(names)):
    problems.append("duplicate env names")
secret_keys = set((secret.get("stringData") or {}).keys()) | set((secret.get("data") or {}).keys())
secret_text = open(os.path.join(DIR, "secret.example.yaml"), encoding="utf-8").read()
for e in c.get("env", []):
    ref = e.get("valueFrom", {}).get("secretKeyRef")
    if ref:
        if ref.get("name") != secret.get("metadata", {}).get("name"):
            problems.append(f"env {e['name']}: secret {ref.get('name')} is not the example secret")
        if ref["key"] not in secret_keys and ref["key"] not in secret_text:
            problems.append(f"env {e['name']}: key {ref['key']} not in secret.example.yaml")
        if not ref.get("optional") and ref["key"] not in ("MONGODB_URI", "BAHI_JWT_SIGNINGJWK"):
            problems.append(f"env {e['name']}: only MONGODB_URI and BAHI_JWT_SIGNINGJWK should be required")
for ref in c.get("envFrom", []):
    if ref.get("configMapRef", {}).get("name") != config.get("metadata", {}).get("name"):
        problems.append("envFrom names another ConfigMap")
for probe, path in (("livenessProbe", "/actuator/health/liveness"), ("readinessProbe", "/actuator/health/readiness"),
                    ("startupProbe", "/actuator/health/liveness")):
    got = c.get(probe, {}).get("httpGet", {})
    if got.get("path") != path or got.get("port") not in ports:
        problems.append(f"{probe}: expected {path} on a container port, got {got}")
sc = c.get("securityContext", {})
if not (sc.get("readOnlyRootFilesystem") and sc.get("runAsNonRoot") and sc.get("allowPrivilegeEscalation") is False):
    problems.append("container securityContext must be non-root, read-only, no privilege escalation")
if not pod.get("securityContext", {}).get("runAsNonRoot"):
    problems.append("pod securityContext must be runAsNonRoot")
mounts = {m["name"]: m["mountPath"] for m in c.get("volumeMounts", [])}
volumes = {v["name"]: v for v in pod.get("volumes", [])}
if mounts.get("tmp") != "/tmp" or "emptyDir" not in volumes.get("tmp", {}):
    problems.append("/tmp must be an emptyDir")
if "memory" not in c.get("resources", {}).get("limits", {}):
    problems.append("set a memory limit (the heap is a share of it)")
if spec.get("strategy", {}).get("type") != "RollingUpdate":
    problems.append("expected a RollingUpdate strategy")
if config.get("data", {}).get("BAHI_AXON_PROCESSORS_MODE") not in ("pooled", "tracking"):
    problems.append("BAHI_AXON_PROCESSORS_MODE must be pooled or tracking")
listed = set(kustomization.get("resources", []))
for name in {n for found in docs.values() for n, _ in found} - {"kustomization.yaml", "secret.example.yaml"}:
    if name not in listed:
        problems.append(f"kustomization.yaml does not list {name}")
if "secret.example.yaml" in listed:
    problems.append("kustomization.yaml must not apply the example secret")

if problems:
    print("deploy/k8s: PROBLEMS\n  " + "\n  ".join(problems))
    sys.exit(1)
print("deploy/k8s: " + ", ".join(f"{len(v)} {k}" for k, v in sorted(docs.items())) + ": consistent")
