<?php
/**
 * The settings screen (Settings → kiut guide): the site's language, the languages its switchers
 * offer, its default language, exit address and colours. A shortcode or block can still choose its own language and exit address.
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings, complete and checked, whatever the database holds.
 *
 * @return array{lang: string, languages: string, default_lang: string, exit_url: string, colours: array<string, string>}
 */
function kiut_guide_settings() {
	$stored    = get_option( 'kiut_guide_settings', array() );
	$stored    = is_array( $stored ) ? $stored : array();
	$generated = kiut_guide_generated();
	$settings  = array(
		'lang'     => isset( $stored['lang'] ) && in_array( $stored['lang'], $generated['lists']['languages'], true ) ? $stored['lang'] : '',
		// Space-separated ids; '' offers every language.
		'languages'    => isset( $stored['languages'] ) ? kiut_guide_clean_list( $stored['languages'], $generated['lists']['languages'] ) : '',
		'default_lang' => isset( $stored['default_lang'] ) && in_array( $stored['default_lang'], $generated['lists']['languages'], true ) ? $stored['default_lang'] : '',
		'exit_url' => isset( $stored['exit_url'] ) ? kiut_guide_clean_url( $stored['exit_url'] ) : '',
		'colours'  => array(),
	);
	foreach ( $generated['colours'] as $property => $colour ) {
		$value                            = isset( $stored['colours'][ $property ] ) ? sanitize_hex_color( $stored['colours'][ $property ] ) : '';
		$settings['colours'][ $property ] = $value ? strtolower( $value ) : '';
	}
	return $settings;
}

add_action( 'admin_init', 'kiut_guide_register_settings' );

/** Registers the option with its sanitizer. */
function kiut_guide_register_settings() {
	register_setting(
		'kiut_guide',
		'kiut_guide_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'kiut_guide_sanitize_settings',
			'default'           => array(),
		)
	);
}

/**
 * Checks what the form sent. A wrong value is refused with a message that says why, and the
 * previous value stays.
 *
 * @param mixed $input The submitted settings.
 * @return array
 */
function kiut_guide_sanitize_settings( $input ) {
	$previous  = kiut_guide_settings();
	$input     = is_array( $input ) ? $input : array();
	$generated = kiut_guide_generated();
	$clean     = $previous;

	$lang = isset( $input['lang'] ) && is_scalar( $input['lang'] ) ? (string) $input['lang'] : '';
	if ( '' === $lang || in_array( $lang, $generated['lists']['languages'], true ) ) {
		$clean['lang'] = $lang;
	} else {
		kiut_guide_settings_error( 'kiut-guide-lang', __( 'That language is not one the guide has; the language was not changed.', 'kiut-guide' ) );
	}

	// None or every language ticked is stored as '' (every language), so a language added later is offered too.
	$asked = isset( $input['languages'] ) && is_array( $input['languages'] ) ? array_unique( array_filter( $input['languages'], 'is_scalar' ) ) : array();
	$known = array_values( array_intersect( $generated['lists']['languages'], $asked ) );
	if ( count( $known ) !== count( $asked ) ) {
		kiut_guide_settings_error( 'kiut-guide-languages', __( 'That language is not one the guide has; the languages of the switcher were not changed.', 'kiut-guide' ) );
	} else {
		$clean['languages'] = count( $known ) === count( $generated['lists']['languages'] ) ? '' : implode( ' ', $known );
	}

	$default_lang = isset( $input['default_lang'] ) && is_scalar( $input['default_lang'] ) ? (string) $input['default_lang'] : '';
	if ( '' === $default_lang || in_array( $default_lang, $generated['lists']['languages'], true ) ) {
		$clean['default_lang'] = $default_lang;
	} else {
		kiut_guide_settings_error( 'kiut-guide-default-lang', __( 'That language is not one the guide has; the default language was not changed.', 'kiut-guide' ) );
	}

	$exit_url = isset( $input['exit_url'] ) && is_scalar( $input['exit_url'] ) ? trim( (string) $input['exit_url'] ) : '';
	$checked  = kiut_guide_clean_url( $exit_url );
	if ( '' === $exit_url || '' !== $checked ) {
		$clean['exit_url'] = $checked;
	} else {
		kiut_guide_settings_error( 'kiut-guide-exit-url', __( 'The exit address must start with http://, https:// or / (an address on this site); the exit address was not changed.', 'kiut-guide' ) );
	}

	$colours = $previous['colours'];
	$refused = false;
	foreach ( $generated['colours'] as $property => $colour ) {
		$value = isset( $input['colours'][ $property ] ) && is_scalar( $input['colours'][ $property ] ) ? trim( (string) $input['colours'][ $property ] ) : '';
		$hex   = sanitize_hex_color( $value );
		if ( '' !== $value && ! $hex ) {
			$refused = true;
			continue;
		}
		$colours[ $property ] = ( ! $hex || strtolower( $hex ) === $colour['default'] ) ? '' : strtolower( $hex );
	}
	if ( $refused ) {
		kiut_guide_settings_error( 'kiut-guide-colour', __( 'A colour must be written as #rrggbb; the colours were not changed.', 'kiut-guide' ) );
	} else {
		$low = kiut_guide_low_contrast( $colours );
		if ( $low ) {
			/* translators: 1: two colour names, 2: their contrast ratio. */
			kiut_guide_settings_error( 'kiut-guide-contrast', sprintf( __( 'The colours were not changed: %1$s have a contrast of %2$s:1, and the guide needs at least 4.5:1 to stay readable.', 'kiut-guide' ), $low['pair'], number_format( $low['ratio'], 1 ) ) );
		} else {
			$clean['colours'] = $colours;
		}
	}
	return $clean;
}

/**
 * Tells the administrator why a value was refused. The settings screen shows it; elsewhere
 * (an update_option() call from code) there is no screen to show it on.
 *
 * @param string $code    The message's id.
 * @param string $message What was refused and why.
 */
function kiut_guide_settings_error( $code, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( 'kiut_guide_settings', $code, $message );
	}
}

/**
 * The first pair of colours a reader sees together whose contrast is under 4.5:1, or null.
 *
 * @param array $colours Chosen colours ('' for the guide's own).
 * @return array|null
 */
function kiut_guide_low_contrast( array $colours ) {
	$generated = kiut_guide_generated();
	$value     = static function ( $property ) use ( $colours, $generated ) {
		return '' !== ( $colours[ $property ] ?? '' ) ? $colours[ $property ] : $generated['colours'][ $property ]['default'];
	};
	foreach ( $generated['contrast_pairs'] as $pair ) {
		$ratio = kiut_guide_contrast( $value( $pair[0] ), $value( $pair[1] ) );
		if ( $ratio < 4.5 ) {
			return array(
				'pair'  => $pair[0] . ' / ' . $pair[1],
				'ratio' => $ratio,
			);
		}
	}
	return null;
}

add_action( 'admin_menu', 'kiut_guide_add_settings_page' );

/** Adds Settings → kiut guide. */
function kiut_guide_add_settings_page() {
	add_options_page( __( 'kiut guide', 'kiut-guide' ), __( 'kiut guide', 'kiut-guide' ), 'manage_options', 'kiut-guide', 'kiut_guide_settings_page' );
}

add_filter( 'plugin_action_links_' . plugin_basename( KIUT_GUIDE_FILE ), 'kiut_guide_action_links' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's links.
 * @return array
 */
function kiut_guide_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=kiut-guide' ) ) . '">' . esc_html__( 'Settings', 'kiut-guide' ) . '</a>';
	return $links;
}

/** The settings screen. */
function kiut_guide_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings  = kiut_guide_settings();
	$generated = kiut_guide_generated();
	$name      = 'kiut_guide_settings';
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'kiut guide', 'kiut-guide' ); ?></h1>
		<p><?php esc_html_e( 'Put the guide on a page with the "kiut guide" block, or with the shortcode [kiut_guide] (for example [kiut_guide lang="en" layout="compact"]). These settings apply to every guide on the site; a block or shortcode can choose its own language and exit address.', 'kiut-guide' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'kiut_guide' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="kiut-guide-lang"><?php esc_html_e( 'Language', 'kiut-guide' ); ?></label></th>
					<td>
						<select id="kiut-guide-lang" name="<?php echo esc_attr( $name ); ?>[lang]">
							<option value=""<?php selected( $settings['lang'], '' ); ?>><?php esc_html_e( 'The language of the page', 'kiut-guide' ); ?></option>
							<?php foreach ( $generated['languages'] as $code => $language ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>"<?php selected( $settings['lang'], $code ); ?>><?php echo esc_html( $language ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'With "The language of the page", the guide follows the page (and shows the default language below for a language it does not have).', 'kiut-guide' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="kiut-guide-default-lang"><?php esc_html_e( 'Default language', 'kiut-guide' ); ?></label></th>
					<td>
						<select id="kiut-guide-default-lang" name="<?php echo esc_attr( $name ); ?>[default_lang]">
							<option value=""<?php selected( $settings['default_lang'], '' ); ?>><?php esc_html_e( 'The guide\'s own (Hungarian)', 'kiut-guide' ); ?></option>
							<?php foreach ( $generated['languages'] as $code => $language ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>"<?php selected( $settings['default_lang'], $code ); ?>><?php echo esc_html( $language ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'The language of a guide on a page whose language the guide does not have, or that names none.', 'kiut-guide' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Languages in the switcher', 'kiut-guide' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Languages in the switcher', 'kiut-guide' ); ?></legend>
							<?php $offered = '' === $settings['languages'] ? array_keys( $generated['languages'] ) : explode( ' ', $settings['languages'] ); ?>
							<?php foreach ( $generated['languages'] as $code => $language ) : ?>
								<p>
									<input type="checkbox" id="kiut-guide-languages-<?php echo esc_attr( $code ); ?>" name="<?php echo esc_attr( $name ); ?>[languages][]" value="<?php echo esc_attr( $code ); ?>"<?php checked( in_array( $code, $offered, true ) ); ?>>
									<label for="kiut-guide-languages-<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>"><?php echo esc_html( $language ); ?></label>
								</p>
							<?php endforeach; ?>
							<p class="description"><?php esc_html_e( 'The languages a guide with a language switcher offers (none ticked: every language). The language a guide is in is always offered too, so a reader sees which one is on.', 'kiut-guide' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="kiut-guide-exit-url"><?php esc_html_e( 'Exit address', 'kiut-guide' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="kiut-guide-exit-url" name="<?php echo esc_attr( $name ); ?>[exit_url]" value="<?php echo esc_attr( $settings['exit_url'] ); ?>" placeholder="https://" aria-describedby="kiut-guide-exit-url-description">
						<p class="description" id="kiut-guide-exit-url-description"><?php esc_html_e( 'Where the quick exit ("Leave this page", or Shift pressed three times) goes: a neutral site such as a weather or news page. Empty: the guide\'s own neutral default.', 'kiut-guide' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Colours', 'kiut-guide' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Colours', 'kiut-guide' ); ?></legend>
							<?php foreach ( $generated['colours'] as $property => $colour ) : ?>
								<?php $id = 'kiut-guide-colour' . str_replace( '--kiut', '', $property ); ?>
								<p>
									<input type="color" id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( $name ); ?>[colours][<?php echo esc_attr( $property ); ?>]" value="<?php echo esc_attr( '' !== $settings['colours'][ $property ] ? $settings['colours'][ $property ] : $colour['default'] ); ?>">
									<label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $colour['label'] ); ?> <code><?php echo esc_html( $property ); ?></code></label>
								</p>
							<?php endforeach; ?>
							<p class="description"><?php esc_html_e( 'Text and background must keep a contrast of at least 4.5:1; other colours are refused. A colour left at the guide\'s own value is not written.', 'kiut-guide' ); ?></p>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
