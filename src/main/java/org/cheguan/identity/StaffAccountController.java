package org.cheguan.identity;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts for administrators: {@code GET/POST /api/v1/admin/staff-accounts} (role ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/staff-accounts")
class StaffAccountController {

	private final StaffAccounts accounts;

	StaffAccountController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<StaffAccount> list() {
		return accounts.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	StaffAccount create(@Valid @RequestBody NewStaffAccount request) {
		return accounts.create(request);
	}
}
