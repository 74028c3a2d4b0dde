using CapConduit.Api.Auth;
using CapConduit.Api.Tests.Support;
using CapConduit.Persistence.Users;
using CapConduit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapConduit.Api.Tests.Auth;

public sealed class AccessTokenValidatorTests(PostgresFixture postgres, RedisFixture redis)
    : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_fresh_token_of_an_active_user_is_valid_and_carries_the_contract_claims()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("valid"), UserRole.Staff);
        var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user);

        var principal = await api.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync(token.Token, default);

        Assert.NotNull(principal);
        var viewer = Viewer.From(principal);
        Assert.Equal(new Viewer(user.Id, user.Username, UserRole.Staff, "UTC"), viewer);
        Assert.Equal(user.SecurityStamp.ToString(), principal.FindFirst("stamp")?.Value);
        Assert.NotNull(principal.FindFirst("jti"));
        Assert.InRange(token.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_changed_security_stamp_voids_older_tokens()
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("stamp"), UserRole.Seller);
        var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user);
        await using (var db = postgres.CreateDbContext())
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, Guid.NewGuid()));

        Assert.Null(await api.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync(token.Token, default));
    }

    [Theory]
    [InlineData(UserStatus.Inactive)]
    [InlineData(UserStatus.Suspended)]
    [InlineData(UserStatus.PendingApproval)]
    public async Task A_user_who_is_no_longer_active_has_no_valid_token(UserStatus status)
    {
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("status"), UserRole.Seller);
        var token = api.Services.GetRequiredService<TokenService>().CreateAccessToken(user);
        await using (var db = postgres.CreateDbContext())
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, status));

        Assert.Null(await api.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync(token.Token, default));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var user = await TestUsers.AddAsync(postgres, TestUsers.Unique("key"), UserRole.Admin);
        await using var other = new ApiFactory(postgres.ConnectionString, redis.ConnectionString,
            new Dictionary<string, string?> { ["Jwt:SigningKey"] = "another-signing-key-of-enough-length-0123456789" });
        var forged = other.Services.GetRequiredService<TokenService>().CreateAccessToken(user);
        await using var api = new ApiFactory(postgres.ConnectionString, redis.ConnectionString);

        Assert.Null(await api.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync(forged.Token, default));
        Assert.Null(await api.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync("not-a-jwt", default));
    }
}
