using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>Development only, never mapped elsewhere: read the texts the in-memory sink "sent".</summary>
public static class DevelopmentApi
{
    public static RouteHandlerBuilder MapDevelopmentApi(this IEndpointRouteBuilder routes) => routes
        .MapGet("/api/eid/dev/outbox", ReadOutbox)
        .WithTags("Development")
        .RequireAuthorization(p => p.RequireRole(Access.CitizenActsByOfficers));

    public static Results<Ok<IReadOnlyList<SentMessage>>, ValidationProblem> ReadOutbox(string? phone, InMemoryActivationCodeSink sink) =>
        PhoneNumbers.Normalize(phone) is { } number
            ? TypedResults.Ok(sink.SentTo(number))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["phone"] = ["Give the Vietnamese mobile number the codes went to, e.g. 0912345678."],
            });
}
