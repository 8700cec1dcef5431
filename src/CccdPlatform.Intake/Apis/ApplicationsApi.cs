using System.Security.Claims;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/applications")
            .WithTags("Applications")
            .RequireAuthorization(policy => policy.RequireRole(
                Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));

        group.MapPost("/", SubmitApplication).Validate<SubmitApplication>();
        group.MapGet("/{id:guid}", GetApplication);
        return group;
    }

    public static async Task<Results<Created<ApplicationReceipt>, ProblemHttpResult>> SubmitApplication(
        SubmitApplication form,
        ClaimsPrincipal user,
        IntakeDbContext db,
        AdministrativeUnits units,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var collectingUnit = units.PathOf(form.CollectingUnitCode!)!;
        if (!user.IsInRole(Roles.Admin) && !collectingUnit.SelfAndAncestors().Contains(user.UnitCodeOf()))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The collecting unit is outside your unit.",
                detail: $"Unit {form.CollectingUnitCode} is not {user.UnitCodeOf()} or a unit under it.");
        }

        var now = clock.GetUtcNow();
        var address = form.PermanentAddress!;
        var application = new CitizenApplication
        {
            Id = Guid.CreateVersion7(),
            PersonalId = form.PersonalId!,
            FullName = CitizenName.Normalize(form.FullName!),
            DateOfBirth = form.DateOfBirth!.Value,
            Sex = form.Sex!.Value,
            PermanentAddress = new Address(address.ProvinceCode!, address.DistrictCode!, address.CommuneCode!, address.Line!.Trim()),
            CollectingUnitCode = form.CollectingUnitCode!,
            Channel = form.Channel!.Value,
            Status = ApplicationStatus.Received,
            CollectedAt = form.CollectedAt ?? now,
            ReceivedAt = now,
            CollectedBy = user.SubjectOf(),
        };
        db.Applications.Add(application);
        db.AddOutboxMessage(new ApplicationReceived(
            application.Id,
            application.CollectingUnitCode,
            collectingUnit,
            application.PermanentAddress.ProvinceCode,
            application.PermanentAddress.ProvinceCode != collectingUnit.ProvinceCode,
            application.Channel.ToString(),
            application.CollectedAt,
            application.ReceivedAt), clock);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created(
            $"/api/intake/applications/{application.Id}",
            new ApplicationReceipt(application.Id, application.Status));
    }

    public static async Task<Results<Ok<ApplicationView>, NotFound>> GetApplication(
        Guid id, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null ? TypedResults.NotFound() : TypedResults.Ok(ApplicationView.Of(application));
    }
}
