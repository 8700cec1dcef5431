using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// Level 1 accounts the citizen makes through a citizen app, with no visit (Decree 69/2024): the app checks the face,
/// e-identification checks the identity against intake's and texts the activation code, as for an officer's request.
/// Only citizen apps reach these routes.
/// </summary>
public static class SelfServiceApi
{
    public const string Path = "/api/eid/self-service/accounts";

    public static RouteGroupBuilder MapSelfServiceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Self-service");
        group.MapPost("/", RequestAccount).Audited("account.request").Validate<SelfServiceRequest>()
            .RequireAuthorization(p => p.RequireRole(Access.CitizenApps));
        group.MapCitizenActions(Access.CitizenApps);
        return group;
    }

    /// <summary>
    /// 201 with the account waiting for activation; 403 for level 2; 400 when the citizen's age rules it out; the unit
    /// is the one that holds the citizen's file.
    /// </summary>
    public static async Task<Results<Created<AccountView>, Accepted<AccountView>, Ok<AccountView>, ValidationProblem, ProblemHttpResult>> RequestAccount(
        SelfServiceRequest form,
        ClaimsPrincipal app,
        EIdentificationDbContext db,
        AccountWorkflow workflow,
        AuditTrail audit,
        CancellationToken cancellationToken)
    {
        if (form.Level == 2)
        {
            return Problems.LevelTwoInPerson();
        }

        return await AccountRequesting.AnswerAsync(form, citizen => new NewRequest(
                1, PhoneNumbers.Normalize(form.PhoneNumber)!, form.Email?.Trim(), citizen.FileUnit, RequestSource.SelfService, null,
                app.SubjectOf(), form.Representative?.Normalized(), form.FaceCheck),
            Path, db, workflow, audit, cancellationToken);
    }
}
