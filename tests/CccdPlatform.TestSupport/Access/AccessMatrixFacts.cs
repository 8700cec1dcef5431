using Xunit;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.TestSupport.Access;

/// <summary>
/// What every service's access matrix test states: each route it maps has one row, and each role and a caller with no
/// token get exactly what the rows say, inside and outside the caller's unit.
/// </summary>
public abstract class AccessMatrixFacts<TProgram>(ServiceFactory<TProgram> service, string callerUnit, string callerSubject = "officer-1")
    where TProgram : class
{
    protected static readonly string[] Anyone = [];

    /// <summary>Health probes (for orchestrators and load balancers) and the OpenAPI document answer without a token.</summary>
    protected static readonly IReadOnlyList<AccessRow> Probes =
    [
        new("ANY /health", Anyone, Reach.Anonymous, _ => Get("/health")),
        new("ANY /alive", Anyone, Reach.Anonymous, _ => Get("/alive")),
        new("GET /openapi/{documentName}.json", Anyone, Reach.Anonymous, _ => Get("/openapi/v1.json")),
    ];

    /// <summary>One row per route the service maps, the <see cref="Probes"/> included.</summary>
    protected abstract IReadOnlyList<AccessRow> Matrix();

    /// <summary>Puts in place the targets inside and outside the caller's unit that the rows' requests aim at.</summary>
    protected abstract Task SeedAsync();

    [Fact]
    public void EveryRouteTheServiceMapsHasExactlyOneRowInTheMatrix()
    {
        Assert.Empty(new AccessMatrix(Matrix()).Mismatches(service.Services));
    }

    [Fact]
    public async Task EveryRoleIsLetThroughOrRefusedExactlyAsTheMatrixSaysInsideAndOutsideItsUnit()
    {
        await SeedAsync();

        var unexpected = await new AccessMatrix(Matrix()).WalkAsync(service.CreateClient(), service.Tokens, callerUnit, callerSubject);

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }
}
