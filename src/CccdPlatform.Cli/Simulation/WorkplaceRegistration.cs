using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// Registers a campaign's stations, mobile teams (with the officers who send its work as members) and machines in the
/// identity service's registry, so that intake and biometrics, which accept work only from registered machines and
/// members of registered teams, accept the simulation's. Every request is an idempotent <c>PUT</c>: a second run
/// changes nothing.
/// </summary>
public static class WorkplaceRegistration
{
    private const string Registry = "/api/identity/registry";

    /// <summary>Registers every workplace; the number of entries that were new or changed.</summary>
    public static async Task<int> RegisterAsync(
        PlatformClient client, IReadOnlyList<Workplace> workplaces, string authorization, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var team in workplaces.Where(w => w.TeamCode is not null).GroupBy(w => w.TeamCode!))
        {
            var unit = team.First().UnitCode;
            changed += await PutAsync(client, $"teams/{team.Key}", new TeamForm(unit, $"Tổ lưu động {team.Key}",
                team.Select(w => w.Subject).Distinct().ToList()), CliJson.Default.TeamForm, authorization, cancellationToken);
        }

        foreach (var workplace in workplaces)
        {
            // A station's one machine gives the station its code.
            var station = workplace.TeamCode is null ? workplace.MachineId : null;
            if (station is not null)
            {
                changed += await PutAsync(client, $"stations/{station}", new StationForm(workplace.UnitCode, $"Điểm thu nhận {station}"),
                    CliJson.Default.StationForm, authorization, cancellationToken);
            }

            changed += await PutAsync(client, $"machines/{workplace.MachineId}",
                new MachineForm(workplace.UnitCode, $"Máy thu nhận {workplace.MachineId}", workplace.TeamCode, station),
                CliJson.Default.MachineForm, authorization, cancellationToken);
        }

        return changed;
    }

    private static async Task<int> PutAsync<T>(PlatformClient client, string path, T form, JsonTypeInfo<T> type, string authorization,
        CancellationToken cancellationToken)
    {
        var answer = await client.SendAsync(Operation.Registry, HttpMethod.Put, $"{Registry}/{path}",
            JsonSerializer.SerializeToUtf8Bytes(form, type), PlatformClient.Json, authorization, cancellationToken: cancellationToken);
        if (!answer.IsSuccess)
        {
            throw new InvalidOperationException($"The registry refused {path}: {answer.Describe()}");
        }

        // 200 is also the answer to a repeat, which changes nothing; a change of an existing entry is not told apart.
        return answer.Status == 201 ? 1 : 0;
    }
}
