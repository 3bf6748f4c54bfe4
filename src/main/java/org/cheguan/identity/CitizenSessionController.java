package org.cheguan.identity;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizen sign-in (api-contract.md, Conventions): {@code POST /api/v1/citizen-sessions/codes {idNumber, mobile}} →
 * 202 and a code by SMS; {@code POST /api/v1/citizen-sessions {idNumber, code}} → 201 {@code {token, expiresAt}}.
 */
@RestController
@RequestMapping("/api/v1/citizen-sessions")
class CitizenSessionController {

	private final CitizenSignIn signIn;

	CitizenSessionController(CitizenSignIn signIn) {
		this.signIn = signIn;
	}

	@PostMapping("/codes")
	ResponseEntity<Void> requestCode(@Valid @RequestBody CodeRequest request) {
		signIn.requestCode(ResidentIdNumber.of(request.idNumber()), MobileNumber.of(request.mobile()));
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	@PostMapping
	ResponseEntity<SessionResponse> signIn(@Valid @RequestBody SignInRequest request) {
		var session = signIn.signIn(ResidentIdNumber.of(request.idNumber()), request.code());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new SessionResponse(session.token(), session.citizenId().toString(), session.expiresAt()));
	}

	@DeleteMapping("/current")
	ResponseEntity<Void> signOut(@RequestHeader("Authorization") String authorization) {
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			signIn.signOut(authorization.substring(7).strip());
		}
		return ResponseEntity.noContent().build();
	}

	record CodeRequest(@NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 32) String mobile) {
	}

	record SignInRequest(@NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 12) String code) {
	}

	record SessionResponse(String token, String citizenId, Instant expiresAt) {
	}
}
