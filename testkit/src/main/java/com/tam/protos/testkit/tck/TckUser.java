package com.tam.protos.testkit.tck;

import io.grpc.CallCredentials;

/**
 * An end user of the implementation under test.
 *
 * @param userId the user's id, as the contracts' {@code user_id} fields carry it
 * @param credentials credentials that authenticate as this user (role {@code user})
 */
public record TckUser(String userId, CallCredentials credentials) {}
