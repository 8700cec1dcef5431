using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Infrastructure;

public sealed class PostgreSqlBiometricsDbContext(DbContextOptions<PostgreSqlBiometricsDbContext> options) : BiometricsDbContext(options);
