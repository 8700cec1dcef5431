using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>What the capture route needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record CaptureServices(
    ClaimsPrincipal User,
    HttpContext Http,
    BiometricsDbContext Db,
    CaptureReception Reception,
    CaptureScreening Screening,
    TemplateProtector Protector,
    IOptions<QualityPolicy> Quality,
    AuditTrail Audit,
    Workplaces Workplaces,
    TimeProvider Clock);
