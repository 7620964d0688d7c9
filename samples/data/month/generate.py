#!/usr/bin/env python3
"""Writes the hand-made month in this folder: October 2026 of a small Alibaba Cloud estate.

Every figure the rules should find is worked out by hand in README.md next to this script;
`cli` and `samples` tests assert them. Run `python3 generate.py` to rewrite the CSVs (same
bytes every run: no randomness). Times in the files are UTC; the estate's people live in
China time (UTC+8), so the day/night patterns below are written in China time.
"""
import datetime as dt
import json

START = dt.datetime(2026, 10, 1)           # 00:00 UTC
DAYS = 31
CN = dt.timedelta(hours=8)                 # Asia/Shanghai, no DST
PROD, TEST = "5012345678901234", "5023456789012345"


def hours():
    for h in range(DAYS * 24):
        t = START + dt.timedelta(hours=h)
        yield t, t + CN                    # UTC, China local


def weekday_working(cn):                   # Monday-Friday 09:00-18:59 China time
    return cn.weekday() < 5 and 9 <= cn.hour < 19


# ResourceId -> (category, service, type, sku, account, tags, CNY per day)
BILLED = {
    "i-idle01":     ("Compute", "Elastic Compute Service", "ECS Instance", "ecs.g7.xlarge", PROD, {"env": "prod", "app": "legacy"}, "24.00"),
    "i-test01":     ("Compute", "Elastic Compute Service", "ECS Instance", "ecs.g7.4xlarge", TEST, {"env": "test", "app": "shop"}, "48.00"),
    "i-shop01":     ("Compute", "Elastic Compute Service", "ECS Instance", "ecs.g7.2xlarge", PROD, {"env": "prod", "app": "shop"}, "24.00"),
    "i-hot01":      ("Compute", "Elastic Compute Service", "ECS Instance", "ecs.c7.xlarge", PROD, {"env": "prod", "app": "api"}, "20.00"),
    "rm-db01":      ("Databases", "ApsaraDB RDS", "RDS Instance", "rds.mysql.x4.large.2c", PROD, {"env": "prod", "app": "shop"}, "30.00"),
    "d-orphan01":   ("Storage", "Elastic Compute Service", "Cloud Disk", "cloud_essd.PL1", TEST, {"env": "test"}, "2.00"),
    "s-old01":      ("Storage", "Elastic Compute Service", "Snapshot", "snapshot", PROD, {"env": "prod"}, "1.00"),
    "eip-web01":    ("Networking", "Elastic IP Address", "EIP", "eip.bandwidth", PROD, {"env": "prod", "app": "shop"}, "250.00"),
    "shop-logs":    ("Storage", "Object Storage Service", "Bucket", "oss.standard", PROD, {"env": "prod"}, "10.00"),
}

FOCUS = ("BilledCost,EffectiveCost,ListCost,BillingCurrency,BillingAccountId,SubAccountId,BillingPeriodStart,"
         "BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceCategory,ServiceName,ProviderName,"
         "RegionId,ResourceId,ResourceType,SkuId,PricingQuantity,PricingUnit,Tags")


def q(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def billing():
    rows = [FOCUS]
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        for rid, (cat, svc, typ, sku, acct, tags, cost) in BILLED.items():
            rows.append(",".join([cost, cost, cost, "CNY", "1234567890123456", acct, "2026-10-01T00:00:00Z",
                                  "2026-11-01T00:00:00Z", day.strftime("%Y-%m-%dT00:00:00Z"),
                                  (day + dt.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00Z"), "Usage", cat, svc,
                                  "Alibaba Cloud", "cn-hangzhou", rid, typ, sku, "24", "Hours",
                                  q(json.dumps(tags, separators=(",", ":")))]))
    # the ordinary mess of a bill: a voucher on the idle instance, and VAT
    rows.append("-50.00,-50.00,0,CNY,1234567890123456,5012345678901234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                "2026-10-15T00:00:00Z,2026-10-16T00:00:00Z,Credit,Compute,Elastic Compute Service,Alibaba Cloud,"
                "cn-hangzhou,i-idle01,ECS Instance,voucher,1,Voucher,")
    rows.append("100.00,100.00,100.00,CNY,1234567890123456,,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,"
                "2026-10-31T00:00:00Z,2026-11-01T00:00:00Z,Tax,Other,Tax,Alibaba Cloud,,,,VAT,1,Tax,")
    return rows


def usage():
    rows = ["ResourceId,Timestamp,Metric,Value,Statistic,PeriodSeconds"]

    def add(rid, metric, value_of):
        for utc, cn in hours():
            rows.append(f"{rid},{utc:%Y-%m-%dT%H:%M:%SZ},{metric},{value_of(cn)},Average,3600")

    add("i-idle01", "cpu_percent", lambda cn: 1.0)
    add("i-idle01", "net_in_bps", lambda cn: 100)
    add("i-idle01", "net_out_bps", lambda cn: 100)
    add("i-test01", "cpu_percent", lambda cn: 30.0 if weekday_working(cn) else 2.0)
    add("i-shop01", "cpu_percent", lambda cn: 50.0 if 8 <= cn.hour < 20 else 35.0)
    add("i-hot01", "cpu_percent", lambda cn: 85.0)
    add("rm-db01", "cpu_percent", lambda cn: 1.0 if cn.hour < 6 else 40.0)
    add("rm-db01", "db_connections", lambda cn: 0 if cn.hour < 6 else 50)
    add("eip-web01", "net_out_bps", lambda cn: 90_000_000 if 20 <= cn.hour < 22 else 10_000_000)
    return rows


def inventory():
    def tags(d):
        return q(json.dumps(d, separators=(",", ":")))
    return ["ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,"
            "BandwidthMbps,BandwidthBilling,Tags",
            "i-idle01,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.xlarge,4,16,running,2025-02-01T00:00:00Z,,,," + tags({"env": "prod", "app": "legacy"}),
            "i-test01,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.4xlarge,16,64,running,2025-06-01T00:00:00Z,,,," + tags({"env": "test", "app": "shop"}),
            "i-shop01,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.2xlarge,8,32,running,2025-06-01T00:00:00Z,,,," + tags({"env": "prod", "app": "shop"}),
            "i-hot01,Alibaba Cloud,compute,cn-hangzhou,ecs.c7.xlarge,4,8,running,2025-06-01T00:00:00Z,,,," + tags({"env": "prod", "app": "api"}),
            "i-kept01,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2025-06-01T00:00:00Z,,,,env=prod;cloudcost:ignore=true",
            "rm-db01,Alibaba Cloud,database,cn-hangzhou,rds.mysql.x4.large.2c,4,16,running,2024-06-01T00:00:00Z,,,," + tags({"env": "prod", "app": "shop"}),
            "d-orphan01,Alibaba Cloud,disk,cn-hangzhou,cloud_essd.PL1,,,available,2026-01-10T00:00:00Z,,,,env=test",
            "s-old01,Alibaba Cloud,snapshot,cn-hangzhou,,,,available,2026-03-01T00:00:00Z,,,,env=prod",
            "eip-free01,Alibaba Cloud,ip,cn-hangzhou,,,,available,2026-02-01T00:00:00Z,,,,env=prod",
            "eip-web01,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,2025-06-01T00:00:00Z,i-shop01,100,fixed," + tags({"env": "prod", "app": "shop"}),
            "shop-logs,Alibaba Cloud,bucket,cn-hangzhou,Standard,,,available,2024-01-01T00:00:00Z,,,,env=prod"]


def storage():
    gib = 1024 ** 3
    return ["Bucket,Prefix,StorageClass,SizeBytes,ObjectCount,LastModified,LastAccessed",
            f"shop-logs,logs/2025-01/,Standard,{1024 * gib},100000,2025-01-31T23:59:00Z,",
            f"shop-logs,backups/2026-05/,Standard,{2048 * gib},500,2026-05-31T23:00:00Z,",
            f"shop-logs,images/,Standard,{1024 * gib},200000,2026-10-30T12:00:00Z,2026-10-31T20:00:00Z"]


for name, rows in (("billing.csv", billing()), ("usage.csv", usage()), ("inventory.csv", inventory()),
                   ("storage.csv", storage())):
    with open(name, "w", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
