using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Registry;

namespace CccdPlatform.Intake.Apis;

/// <summary>What the routes that receive applications (one, or a batch) need besides the body.</summary>
public sealed record ReceptionServices(
    ClaimsPrincipal User,
    HttpContext Http,
    UnitMaps Maps,
    CitizenRefs Refs,
    AuditTrail Audit,
    Workplaces Workplaces,
    ApplicationReception Reception,
    TimeProvider Clock);
